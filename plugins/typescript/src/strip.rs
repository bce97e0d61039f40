//! Type stripping as Node's strip-only mode does it: every piece of type
//! syntax becomes whitespace, so the JavaScript left behind keeps the
//! source's lines and columns. Syntax that needs code generation (enums,
//! namespaces with values, parameter properties, `import x = require()`,
//! `export =`, `<T>x` assertions) is refused with Node's message.

use oxc_allocator::Allocator;
use oxc_ast::ast::{
    AccessorProperty, AccessorPropertyType, ArrowFunctionExpression, AwaitExpression, Class, Declaration,
    DoWhileStatement, ExportAllDeclaration, ExportDeclaration, ExportDefaultDeclaration, ExportFromDeclaration,
    ExportNamedDeclaration, ExportSpecifier, Expression, ForInStatement, ForOfStatement, ForStatement, FormalParameter,
    Function, IfStatement, ImportDeclaration, ImportDeclarationSpecifier, MethodDefinition, MethodDefinitionType,
    PropertyDefinition, PropertyDefinitionType, PropertyKey, ReturnStatement, Statement, TSAsExpression,
    TSExportAssignment, TSIndexSignature, TSInstantiationExpression, TSNonNullExpression, TSSatisfiesExpression,
    TSThisParameter, TSType, TSTypeAnnotation, TSTypeAssertion, TSTypeParameterDeclaration,
    TSTypeParameterInstantiation, ThrowStatement, VariableDeclaration, VariableDeclarationKind, VariableDeclarator,
    WhileStatement, YieldExpression,
};
use oxc_ast_visit::{walk, Visit};
use oxc_parser::config::TokensParserConfig;
use oxc_parser::{Kind, Parser, ParserReturn, Token};
use oxc_span::{GetSpan, SourceType, Span};
use oxc_syntax::scope::ScopeFlags;

use crate::declarations::vanishes;
use crate::edits::Edits;
use crate::module_keyword::module_keyword_error;
use crate::tokens::{can_follow_modifier, continues_expression, continues_statement, Tokens};

/// How the source is to be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Goal {
    /// An ES module (`.mts`, or `.ts` under `"type": "module"`).
    Module,
    /// CommonJS, or not known yet (`.ts` with no `"type"`): a script unless
    /// the source has ES module syntax or needs top-level await.
    Either,
}

/// The JavaScript left once the types are stripped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stripped {
    /// The code, with the same length, lines and columns as the source.
    pub code: String,
    /// Whether the code is an ES module: the goal was [`Goal::Module`], or
    /// it keeps `import`/`export` statements, `import.meta` or top-level
    /// `await` (how Node tells the format of a `.ts` file with no `"type"`).
    pub module: bool,
}

/// Why a source could not be stripped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StripError {
    /// Whether the source is not TypeScript at all or uses syntax that
    /// strip-only mode refuses.
    pub kind: ErrorKind,
    /// Node's message.
    pub message: String,
    /// The byte span the error points at.
    pub start: u32,
    /// The end of that span.
    pub end: u32,
}

/// The two kinds of [`StripError`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// A syntax error (`ERR_INVALID_TYPESCRIPT_SYNTAX`).
    Invalid,
    /// Syntax that needs code generation (`ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX`).
    Unsupported,
}

impl StripError {
    /// Node's error code for this error.
    pub fn code(&self) -> &'static str {
        match self.kind {
            ErrorKind::Invalid => "ERR_INVALID_TYPESCRIPT_SYNTAX",
            ErrorKind::Unsupported => "ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX",
        }
    }

    pub(crate) fn unsupported(span: Span, message: &str) -> Self {
        StripError { kind: ErrorKind::Unsupported, message: message.to_owned(), start: span.start, end: span.end }
    }
}

/// Strips the types from `source`:
///
/// ```
/// use bistro_typescript::{strip, Goal};
///
/// let out = strip("let n: number = f<string>(x as any);", Goal::Either).unwrap();
/// assert_eq!(out.code, "let n         = f        (x       );");
/// assert!(!out.module);
/// ```
pub fn strip(source: &str, goal: Goal) -> Result<Stripped, StripError> {
    let allocator = Allocator::default();
    let parsed = parse(&allocator, source, goal == Goal::Module);
    match syntax_error(&parsed) {
        None => strip_program(source, &parsed, goal == Goal::Module),
        Some(error) if goal == Goal::Module => Err(error),
        Some(error) => {
            // Not a script: perhaps a module by its top-level await alone,
            // which Node then runs as an ES module.
            let allocator = Allocator::default();
            let reparsed = parse(&allocator, source, true);
            match syntax_error(&reparsed) {
                None => strip_program(source, &reparsed, true),
                Some(_) => Err(error),
            }
        }
    }
}

fn parse<'a>(allocator: &'a Allocator, source: &'a str, module: bool) -> ParserReturn<'a> {
    let source_type = if module { SourceType::ts().with_module(true) } else { SourceType::ts() };
    Parser::new(allocator, source, source_type).with_config(TokensParserConfig).parse()
}

/// The first syntax error of a parse, at its primary label.
fn syntax_error(parsed: &ParserReturn<'_>) -> Option<StripError> {
    let diagnostic = parsed.diagnostics.errors().next()?;
    let label = diagnostic.labels.iter().find(|l| l.primary()).or_else(|| diagnostic.labels.first());
    let span = label.map_or(Span::new(0, 0), |l| l.span());
    Some(StripError {
        kind: ErrorKind::Invalid,
        message: diagnostic.message.to_string(),
        start: span.start,
        end: span.end,
    })
}

fn strip_program(source: &str, parsed: &ParserReturn<'_>, module_goal: bool) -> Result<Stripped, StripError> {
    let program = &parsed.program;
    let tokens = Tokens(&parsed.tokens);
    if let Some(error) = module_keyword_error(&program.body, &tokens) {
        return Err(error);
    }
    let mut stripper = Stripper {
        source,
        tokens,
        edits: Edits::default(),
        error: None,
        keeps_esm: false,
        function_depth: 0,
        top_level_await: false,
    };
    stripper.visit_program(program);
    if let Some(error) = stripper.error {
        return Err(error);
    }
    let code = if stripper.edits.is_empty() { source.to_owned() } else { stripper.edits.apply(source) };
    let module =
        module_goal || stripper.keeps_esm || stripper.top_level_await || !parsed.module_record.import_metas.is_empty();
    Ok(Stripped { code, module })
}

/// Walks the AST and collects the edits (the strip-only rules).
struct Stripper<'s, 't> {
    source: &'s str,
    tokens: Tokens<'t>,
    edits: Edits,
    /// The first refused piece of syntax.
    error: Option<StripError>,
    /// Whether an `import` or `export` statement survives the stripping.
    keeps_esm: bool,
    /// How many functions enclose the node being visited.
    function_depth: u32,
    /// Whether `await` is used outside any function.
    top_level_await: bool,
}

impl Stripper<'_, '_> {
    fn refuse(&mut self, span: Span, message: &str) {
        if self.error.is_none() {
            self.error = Some(StripError::unsupported(span, message));
        }
    }

    fn blank(&mut self, span: Span) {
        self.edits.blank(span.start, span.end);
    }

    fn text(&self, span: Span) -> &str {
        &self.source[span.start as usize..span.end as usize]
    }

    fn has_line_break(&self, start: u32, end: u32) -> bool {
        self.text(Span::new(start, end)).contains(['\n', '\r', '\u{2028}', '\u{2029}'])
    }

    /// The first token at or after `offset`, and whether a line break
    /// comes before it (worked out from the text: oxc's flag is lost when
    /// a `/` is lexed again as a regular expression).
    fn next_token(&self, offset: u32) -> Option<(&Token, bool)> {
        let index = self.tokens.index_at(offset);
        let token = self.tokens.get(index)?;
        let gap_start = index.checked_sub(1).and_then(|i| self.tokens.get(i)).map_or(0, Token::end);
        Some((token, self.has_line_break(gap_start, token.start())))
    }

    /// Blanks the token of kind `kind` that starts at or after `offset`
    /// (skipping the `]` of a computed key).
    fn blank_marker(&mut self, offset: u32, kind: Kind) {
        let mut index = self.tokens.index_at(offset);
        if self.tokens.get(index).is_some_and(|t| t.kind() == Kind::RBrack) {
            index += 1;
        }
        if let Some(token) = self.tokens.get(index).filter(|t| t.kind() == kind) {
            self.edits.blank(token.start(), token.end());
        }
    }

    /// Blanks `span` and the comma after it, if any (a type-only import or
    /// export specifier, a `this` parameter).
    fn blank_with_comma(&mut self, span: Span) {
        let end = match self.tokens.next(span.end) {
            Some(comma) if comma.kind() == Kind::Comma => comma.end(),
            _ => span.end,
        };
        self.edits.blank(span.start, end);
    }

    /// Blanks a whole statement. When the previous statement has no `;`
    /// and the next line starts with a token that would join it, a `;` is
    /// written in its place.
    fn strip_statement(&mut self, span: Span) {
        self.blank(span);
        let Some(previous) = self.tokens.previous(span.start) else { return };
        let Some((next, on_new_line)) = self.next_token(span.end) else { return };
        if on_new_line && continues_statement(next.kind()) && previous.kind() != Kind::Semicolon {
            self.edits.overwrite(span.start, b';');
        }
    }

    /// After `x as T` is blanked: when the next line starts with `(`, `[`
    /// or a template, a `;` at `as` keeps it from calling `x`.
    fn end_expression(&mut self, keyword_at: u32, end: u32) {
        if let Some((next, on_new_line)) = self.next_token(end) {
            if on_new_line && continues_expression(next.kind()) {
                self.edits.overwrite(keyword_at, b';');
            }
        }
    }

    /// Blanks the type part of `x as T` / `x satisfies T`.
    fn strip_assertion(&mut self, expression: &Expression<'_>, span: Span, type_span: Span) {
        let end = expression.span().end;
        self.edits.blank(end, span.end);
        let keyword = self.tokens.next(end).map_or(end, |t| t.start());
        if self.text(type_span) != "const" {
            self.end_expression(keyword, span.end);
        }
    }

    /// Blanks `public`/`private`/`protected`/`readonly`/`override` between
    /// `start` and a member's key.
    fn strip_modifiers(&mut self, start: u32, key_start: u32) {
        let mut index = self.tokens.index_at(start);
        while let (Some(token), Some(next)) = (self.tokens.get(index), self.tokens.get(index + 1)) {
            let breaks_line = self.has_line_break(token.end(), next.start());
            if token.start() >= key_start || breaks_line || !can_follow_modifier(next.kind()) {
                return;
            }
            match token.kind() {
                Kind::Static => {}
                Kind::Public | Kind::Private | Kind::Protected | Kind::Readonly | Kind::Override => {
                    self.edits.blank(token.start(), token.end());
                }
                _ => return,
            }
            index += 1;
        }
    }

    /// `return <T>\n(v: T) => v`: moves the `(` up to where `<` was, so the
    /// blanked type parameters do not leave `return` alone on its line.
    fn keep_arrow_on_line(&mut self, argument: Option<&Expression<'_>>) {
        let Some(Expression::ArrowFunctionExpression(arrow)) = argument else { return };
        if arrow.r#async {
            return;
        }
        if let Some(params) = &arrow.type_parameters {
            self.move_paren_to(params);
        }
    }

    /// Writes the `(` that follows type parameters over their `<`, when
    /// they span lines.
    fn move_paren_to(&mut self, params: &TSTypeParameterDeclaration<'_>) {
        let Some(paren) = self.tokens.next(params.span.end).filter(|t| t.kind() == Kind::LParen) else { return };
        if self.has_line_break(params.span.start, paren.start()) {
            self.edits.overwrite(paren.start(), b' ');
            self.edits.overwrite(params.span.start, b'(');
        }
    }

    /// When a blanked statement is the body of `if`/`for`/`while`, a `;`
    /// keeps the body there.
    fn keep_body(&mut self, body: &Statement<'_>) {
        if vanishes(body) {
            self.edits.overwrite(body.span().start, b';');
        }
    }

    /// `private [x]`, `public *m()`, `private in`: once the modifier is
    /// gone, the member would join the previous one; a `;` ends that.
    fn end_previous_member(&mut self, start: u32, key: &PropertyKey<'_>, computed: bool, generator: bool) {
        let keyword_key =
            matches!(key, PropertyKey::StaticIdentifier(id) if id.name == "in" || id.name == "instanceof");
        if computed || generator || keyword_key {
            self.edits.overwrite(start, b';');
        }
    }
}

/// The start of a class member after its decorators.
fn member_start(span: Span, decorators: &[oxc_ast::ast::Decorator<'_>]) -> u32 {
    decorators.last().map_or(span.start, |d| d.span.end)
}

impl<'a> Visit<'a> for Stripper<'_, '_> {
    fn visit_statement(&mut self, it: &Statement<'a>) {
        if vanishes(it) {
            self.strip_statement(it.span());
        } else {
            walk::walk_statement(self, it);
        }
    }

    fn visit_declaration(&mut self, it: &Declaration<'a>) {
        match it {
            Declaration::TSEnumDeclaration(it) => {
                self.refuse(it.span, "TypeScript enum is not supported in strip-only mode");
            }
            Declaration::TSNamespaceDeclaration(it) => {
                self.refuse(it.span, "TypeScript namespace declaration is not supported in strip-only mode");
            }
            Declaration::TSImportEqualsDeclaration(it) => {
                self.refuse(it.span, "TypeScript import equals declaration is not supported in strip-only mode");
            }
            _ => walk::walk_declaration(self, it),
        }
    }

    fn visit_if_statement(&mut self, it: &IfStatement<'a>) {
        walk::walk_if_statement(self, it);
        self.keep_body(&it.consequent);
        if let Some(alternate) = &it.alternate {
            self.keep_body(alternate);
        }
    }

    fn visit_for_statement(&mut self, it: &ForStatement<'a>) {
        walk::walk_for_statement(self, it);
        self.keep_body(&it.body);
    }

    fn visit_for_in_statement(&mut self, it: &ForInStatement<'a>) {
        walk::walk_for_in_statement(self, it);
        self.keep_body(&it.body);
    }

    fn visit_while_statement(&mut self, it: &WhileStatement<'a>) {
        walk::walk_while_statement(self, it);
        self.keep_body(&it.body);
    }

    fn visit_do_while_statement(&mut self, it: &DoWhileStatement<'a>) {
        walk::walk_do_while_statement(self, it);
        self.keep_body(&it.body);
    }

    fn visit_return_statement(&mut self, it: &ReturnStatement<'a>) {
        walk::walk_return_statement(self, it);
        self.keep_arrow_on_line(it.argument.as_ref());
    }

    fn visit_throw_statement(&mut self, it: &ThrowStatement<'a>) {
        walk::walk_throw_statement(self, it);
        self.keep_arrow_on_line(Some(&it.argument));
    }

    fn visit_yield_expression(&mut self, it: &YieldExpression<'a>) {
        walk::walk_yield_expression(self, it);
        self.keep_arrow_on_line(it.argument.as_ref());
    }

    fn visit_function(&mut self, it: &Function<'a>, flags: ScopeFlags) {
        self.function_depth += 1;
        walk::walk_function(self, it, flags);
        self.function_depth -= 1;
    }

    fn visit_await_expression(&mut self, it: &AwaitExpression<'a>) {
        self.top_level_await |= self.function_depth == 0;
        walk::walk_await_expression(self, it);
    }

    fn visit_for_of_statement(&mut self, it: &ForOfStatement<'a>) {
        self.top_level_await |= it.r#await && self.function_depth == 0;
        walk::walk_for_of_statement(self, it);
        self.keep_body(&it.body);
    }

    fn visit_variable_declaration(&mut self, it: &VariableDeclaration<'a>) {
        self.top_level_await |= it.kind == VariableDeclarationKind::AwaitUsing && self.function_depth == 0;
        walk::walk_variable_declaration(self, it);
    }

    // ------------------------------------------------------------ modules

    fn visit_import_declaration(&mut self, it: &ImportDeclaration<'a>) {
        self.keeps_esm = true;
        for specifier in it.specifiers.iter().flatten() {
            if let ImportDeclarationSpecifier::ImportSpecifier(named) = specifier {
                if named.import_kind.is_type() {
                    self.blank_with_comma(named.span);
                }
            }
        }
    }

    fn visit_export_named_declaration(&mut self, it: &ExportNamedDeclaration<'a>) {
        self.keeps_esm = true;
        self.visit_export_specifiers(&it.specifiers);
    }

    fn visit_export_from_declaration(&mut self, it: &ExportFromDeclaration<'a>) {
        self.keeps_esm = true;
        self.visit_export_specifiers(&it.specifiers);
    }

    fn visit_export_specifier(&mut self, it: &ExportSpecifier<'a>) {
        if it.export_kind.is_type() {
            self.blank_with_comma(it.span);
        }
    }

    fn visit_export_all_declaration(&mut self, _: &ExportAllDeclaration<'a>) {
        self.keeps_esm = true;
    }

    fn visit_export_default_declaration(&mut self, it: &ExportDefaultDeclaration<'a>) {
        self.keeps_esm = true;
        walk::walk_export_default_declaration(self, it);
    }

    fn visit_export_declaration(&mut self, it: &ExportDeclaration<'a>) {
        self.keeps_esm = true;
        if let Declaration::TSImportEqualsDeclaration(_) = it.declaration {
            self.refuse(it.span, "TypeScript import equals declaration is not supported in strip-only mode");
        } else {
            walk::walk_export_declaration(self, it);
        }
    }

    fn visit_ts_export_assignment(&mut self, it: &TSExportAssignment<'a>) {
        self.refuse(it.span, "TypeScript export assignment is not supported in strip-only mode");
    }

    // ------------------------------------------------------------ types

    fn visit_ts_type_annotation(&mut self, it: &TSTypeAnnotation<'a>) {
        self.blank(it.span);
    }

    fn visit_ts_type_parameter_declaration(&mut self, it: &TSTypeParameterDeclaration<'a>) {
        self.blank(it.span);
    }

    fn visit_ts_type_parameter_instantiation(&mut self, it: &TSTypeParameterInstantiation<'a>) {
        self.blank(it.span);
    }

    fn visit_ts_type(&mut self, _: &TSType<'a>) {}

    fn visit_ts_this_parameter(&mut self, it: &TSThisParameter<'a>) {
        self.blank_with_comma(it.span);
    }

    fn visit_ts_as_expression(&mut self, it: &TSAsExpression<'a>) {
        self.strip_assertion(&it.expression, it.span, it.type_annotation.span());
        self.visit_expression(&it.expression);
    }

    fn visit_ts_satisfies_expression(&mut self, it: &TSSatisfiesExpression<'a>) {
        self.strip_assertion(&it.expression, it.span, it.type_annotation.span());
        self.visit_expression(&it.expression);
    }

    fn visit_ts_non_null_expression(&mut self, it: &TSNonNullExpression<'a>) {
        self.edits.blank(it.span.end - 1, it.span.end);
        self.visit_expression(&it.expression);
    }

    fn visit_ts_instantiation_expression(&mut self, it: &TSInstantiationExpression<'a>) {
        self.edits.blank(it.expression.span().end, it.span.end);
        self.visit_expression(&it.expression);
    }

    fn visit_ts_type_assertion(&mut self, it: &TSTypeAssertion<'a>) {
        // Node leaves `<const>x` alone (and the JavaScript parser then
        // refuses it); any other `<T>x` is refused here.
        if self.text(it.type_annotation.span()) == "const" {
            self.visit_expression(&it.expression);
            return;
        }
        self.refuse(
            it.span,
            "The angle-bracket syntax for type assertions, `<T>expr`, is not supported in type strip mode. \
             Instead, use the 'as' syntax: `expr as T`.",
        );
        self.visit_expression(&it.expression);
    }

    // ------------------------------------------------------------ bindings and functions

    fn visit_variable_declarator(&mut self, it: &VariableDeclarator<'a>) {
        if it.definite {
            self.blank_marker(it.id.span().end, Kind::Bang);
        }
        walk::walk_variable_declarator(self, it);
    }

    fn visit_formal_parameter(&mut self, it: &FormalParameter<'a>) {
        if it.accessibility.is_some() || it.readonly || it.r#override {
            let end = [it.initializer.as_ref().map(|e| e.span().end), it.type_annotation.as_ref().map(|t| t.span.end)]
                .into_iter()
                .flatten()
                .max()
                .unwrap_or(it.pattern.span().end);
            let span = Span::new(it.pattern.span().start, end);
            self.refuse(span, "TypeScript parameter property is not supported in strip-only mode");
        }
        if it.optional {
            self.blank_marker(it.pattern.span().end, Kind::Question);
        }
        walk::walk_formal_parameter(self, it);
    }

    fn visit_arrow_function_expression(&mut self, it: &ArrowFunctionExpression<'a>) {
        if let Some(params) = &it.type_parameters {
            self.blank(params.span);
            if it.r#async {
                self.move_paren_to(params);
            }
        }
        if let Some(return_type) = &it.return_type {
            self.blank(return_type.span);
            let paren = self.tokens.previous(return_type.span.start).filter(|t| t.kind() == Kind::RParen);
            let arrow = self.tokens.next(return_type.span.end).filter(|t| t.kind() == Kind::Arrow);
            if let (Some(paren), Some(arrow)) = (paren, arrow) {
                if self.has_line_break(paren.start(), arrow.start()) {
                    // `()\n: T =>`: the `)` moves to the end of the type, so
                    // `=>` stays on the line of the parameters' end.
                    self.edits.blank(paren.start(), paren.end());
                    let bytes = self.source.as_bytes();
                    let mut at = return_type.span.end - 1;
                    while (bytes[at as usize] as i8) < -0x40 {
                        self.edits.overwrite(at, b' ');
                        at -= 1;
                    }
                    self.edits.overwrite(at, b')');
                }
            }
        }
        self.function_depth += 1;
        self.visit_formal_parameters(&it.params);
        self.visit_arrow_function_body(&it.body);
        self.function_depth -= 1;
    }

    // ------------------------------------------------------------ classes

    fn visit_class(&mut self, it: &Class<'a>) {
        if it.r#abstract {
            let start = member_start(it.span, &it.decorators);
            if let Some(token) = self.tokens.find(start, it.body.span.start, Kind::Abstract) {
                self.edits.blank(token.start(), token.end());
            }
        }
        if let (Some(first), Some(last)) = (it.implements.first(), it.implements.last()) {
            if let Some(keyword) = self.tokens.previous(first.span.start).filter(|t| t.kind() == Kind::Implements) {
                self.edits.blank(keyword.start(), last.span.end);
            }
        }
        walk::walk_class(self, it);
    }

    fn visit_method_definition(&mut self, it: &MethodDefinition<'a>) {
        if it.value.body.is_none() || it.r#type == MethodDefinitionType::TSAbstractMethodDefinition {
            self.blank(it.span);
            return;
        }
        let start = member_start(it.span, &it.decorators);
        let has_modifier = it.r#override || it.accessibility.is_some();
        if has_modifier {
            self.strip_modifiers(start, it.key.span().start);
        }
        if it.optional {
            self.blank_marker(it.key.span().end, Kind::Question);
        }
        if has_modifier && !it.r#static && it.decorators.is_empty() {
            self.end_previous_member(start, &it.key, it.computed, it.value.generator);
        }
        walk::walk_method_definition(self, it);
    }

    fn visit_property_definition(&mut self, it: &PropertyDefinition<'a>) {
        if it.declare || it.r#type == PropertyDefinitionType::TSAbstractPropertyDefinition {
            self.blank(it.span);
            return;
        }
        let start = member_start(it.span, &it.decorators);
        let has_modifier = it.readonly || it.r#override || it.accessibility.is_some();
        if has_modifier {
            self.strip_modifiers(start, it.key.span().start);
        }
        if it.optional {
            self.blank_marker(it.key.span().end, Kind::Question);
        }
        if it.definite {
            self.blank_marker(it.key.span().end, Kind::Bang);
        }
        // `get: number` would become `get` followed by the next member.
        let accessor_word = matches!(&it.key, PropertyKey::StaticIdentifier(id)
            if !it.computed && matches!(id.name.as_str(), "get" | "set" | "static"));
        if let (true, None, Some(annotation)) = (accessor_word, &it.value, &it.type_annotation) {
            self.edits.overwrite(annotation.span.start, b';');
        }
        if has_modifier && !it.r#static && it.decorators.is_empty() {
            self.end_previous_member(start, &it.key, it.computed, false);
        }
        walk::walk_property_definition(self, it);
    }

    fn visit_accessor_property(&mut self, it: &AccessorProperty<'a>) {
        if it.r#type == AccessorPropertyType::TSAbstractAccessorProperty {
            self.blank(it.span);
            return;
        }
        self.strip_modifiers(member_start(it.span, &it.decorators), it.key.span().start);
        if it.definite {
            self.blank_marker(it.key.span().end, Kind::Bang);
        }
        walk::walk_accessor_property(self, it);
    }

    fn visit_ts_index_signature(&mut self, it: &TSIndexSignature<'a>) {
        self.blank(it.span);
    }
}
