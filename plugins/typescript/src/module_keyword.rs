//! `module N {}` for a namespace: Node refuses the `module` keyword there
//! before anything is stripped ("Use `namespace` instead"). `declare
//! module 'name'` and `declare global` are fine.

use oxc_ast::ast::{Declaration, Statement, TSModuleBlock, TSNamespaceDeclarationBody, TSNamespaceDeclarationKind};
use oxc_parser::Kind;
use oxc_span::Span;

use crate::strip::StripError;
use crate::tokens::Tokens;

/// The first namespace declared with `module` among `statements` and the
/// namespaces they hold (inner ones first, as Node reports them).
pub(crate) fn module_keyword_error(statements: &[Statement<'_>], tokens: &Tokens<'_>) -> Option<StripError> {
    statements.iter().find_map(|statement| match statement {
        Statement::ExportDeclaration(it) => declaration_error(&it.declaration, tokens),
        _ => statement.as_declaration().and_then(|it| declaration_error(it, tokens)),
    })
}

fn declaration_error(declaration: &Declaration<'_>, tokens: &Tokens<'_>) -> Option<StripError> {
    match declaration {
        Declaration::TSNamespaceDeclaration(it) => body_error(&it.body, tokens).or_else(|| {
            let keyword = tokens.find(it.span.start, it.id.span.start, Kind::Module);
            let keyword = keyword.filter(|_| it.kind == TSNamespaceDeclarationKind::Module)?;
            Some(StripError::unsupported(
                Span::new(keyword.start(), it.id.span.end),
                "`module` keyword is not supported. Use `namespace` instead.",
            ))
        }),
        Declaration::TSExternalModuleDeclaration(it) => it.body.as_ref().and_then(|b| block_error(b, tokens)),
        Declaration::TSGlobalDeclaration(it) => block_error(&it.body, tokens),
        _ => None,
    }
}

fn body_error(body: &TSNamespaceDeclarationBody<'_>, tokens: &Tokens<'_>) -> Option<StripError> {
    match body {
        TSNamespaceDeclarationBody::TSNamespaceDeclaration(inner) => body_error(&inner.body, tokens),
        TSNamespaceDeclarationBody::TSModuleBlock(block) => block_error(block, tokens),
    }
}

fn block_error(block: &TSModuleBlock<'_>, tokens: &Tokens<'_>) -> Option<StripError> {
    module_keyword_error(&block.body, tokens)
}
