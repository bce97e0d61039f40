//! Which statements are types only and vanish when types are stripped:
//! interfaces, type aliases, `declare` statements, overload signatures,
//! type-only imports and exports, and namespaces that hold only types
//! (TypeScript's "uninstantiated" namespaces).

use oxc_ast::ast::{Declaration, ExportDefaultDeclarationKind, Statement, TSNamespaceDeclarationBody};

/// Whether `statement` is only types.
pub(crate) fn vanishes(statement: &Statement<'_>) -> bool {
    match statement {
        Statement::ImportDeclaration(it) => it.import_kind.is_type(),
        Statement::ExportNamedDeclaration(it) => it.export_kind.is_type(),
        Statement::ExportFromDeclaration(it) => it.export_kind.is_type(),
        Statement::ExportAllDeclaration(it) => it.export_kind.is_type(),
        Statement::ExportDeclaration(it) => declaration_vanishes(&it.declaration),
        Statement::ExportDefaultDeclaration(it) => match &it.declaration {
            ExportDefaultDeclarationKind::TSInterfaceDeclaration(_) => true,
            ExportDefaultDeclarationKind::FunctionDeclaration(function) => function.body.is_none(),
            _ => false,
        },
        _ => statement.as_declaration().is_some_and(declaration_vanishes),
    }
}

/// Whether `declaration` is only types.
pub(crate) fn declaration_vanishes(declaration: &Declaration<'_>) -> bool {
    is_ambient(declaration) || is_uninstantiated(declaration)
}

/// Declarations that describe values defined elsewhere, or only types.
fn is_ambient(declaration: &Declaration<'_>) -> bool {
    match declaration {
        Declaration::TSInterfaceDeclaration(_)
        | Declaration::TSTypeAliasDeclaration(_)
        | Declaration::TSExternalModuleDeclaration(_)
        | Declaration::TSGlobalDeclaration(_) => true,
        Declaration::TSNamespaceDeclaration(it) => it.declare,
        Declaration::TSEnumDeclaration(it) => it.declare,
        Declaration::VariableDeclaration(it) => it.declare,
        Declaration::FunctionDeclaration(it) => it.declare || it.body.is_none(),
        Declaration::ClassDeclaration(it) => it.declare,
        Declaration::TSImportEqualsDeclaration(it) => it.import_kind.is_type(),
    }
}

/// Interfaces, type aliases and namespaces made only of those.
fn is_uninstantiated(declaration: &Declaration<'_>) -> bool {
    match declaration {
        Declaration::TSInterfaceDeclaration(_) | Declaration::TSTypeAliasDeclaration(_) => true,
        Declaration::TSNamespaceDeclaration(it) => body_is_uninstantiated(&it.body),
        _ => false,
    }
}

fn body_is_uninstantiated(body: &TSNamespaceDeclarationBody<'_>) -> bool {
    match body {
        TSNamespaceDeclarationBody::TSNamespaceDeclaration(inner) => body_is_uninstantiated(&inner.body),
        TSNamespaceDeclarationBody::TSModuleBlock(block) => {
            block.directives.is_empty()
                && block.body.iter().all(|statement| match statement {
                    Statement::ExportDeclaration(it) => is_uninstantiated(&it.declaration),
                    _ => statement.as_declaration().is_some_and(is_uninstantiated),
                })
        }
    }
}
