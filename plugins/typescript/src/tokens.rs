//! The token stream of a parsed source, for the questions the AST does not
//! answer: where a `?`, `!`, `,`, `implements` or modifier keyword sits,
//! and what comes before or after a stripped range (automatic semicolon
//! insertion depends on it).

use oxc_parser::{Kind, Token};

/// The tokens of one source, in source order.
pub(crate) struct Tokens<'t>(pub(crate) &'t [Token]);

impl Tokens<'_> {
    /// The index of the first token that starts at or after `offset`.
    pub(crate) fn index_at(&self, offset: u32) -> usize {
        self.0.partition_point(|t| t.start() < offset)
    }

    /// The first token that starts at or after `offset`.
    pub(crate) fn next(&self, offset: u32) -> Option<&Token> {
        self.0.get(self.index_at(offset))
    }

    /// The last token that ends at or before `offset`.
    pub(crate) fn previous(&self, offset: u32) -> Option<&Token> {
        let index = self.0.partition_point(|t| t.end() <= offset);
        index.checked_sub(1).map(|i| &self.0[i])
    }

    /// The token at `index`, if there is one.
    pub(crate) fn get(&self, index: usize) -> Option<&Token> {
        self.0.get(index)
    }

    /// The first token of kind `kind` in `start..end`.
    pub(crate) fn find(&self, start: u32, end: u32, kind: Kind) -> Option<&Token> {
        self.0[self.index_at(start)..].iter().take_while(|t| t.start() < end).find(|t| t.kind() == kind)
    }
}

/// Whether a token of this kind, at the start of a line after a stripped
/// statement, would join that line's statement once the types are gone
/// (`(`, `[`, a template, `+`, `-`, `/` or a regular expression), so a
/// `;` must be written.
pub(crate) fn continues_statement(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::LParen
            | Kind::LBrack
            | Kind::NoSubstitutionTemplate
            | Kind::TemplateHead
            | Kind::Plus
            | Kind::Minus
            | Kind::Slash
            | Kind::RegExp
    )
}

/// Whether a token of this kind, on the next line after a stripped type
/// assertion, would call or index the expression before it.
pub(crate) fn continues_expression(kind: Kind) -> bool {
    matches!(kind, Kind::LParen | Kind::LBrack | Kind::NoSubstitutionTemplate | Kind::TemplateHead)
}

/// Whether a token of this kind can follow a class member modifier
/// (TypeScript's `nextTokenCanFollowModifier` for members).
pub(crate) fn can_follow_modifier(kind: Kind) -> bool {
    matches!(kind, Kind::LBrack | Kind::LCurly | Kind::Star | Kind::Dot3 | Kind::PrivateIdentifier | Kind::Str)
        || kind.is_identifier_name()
        || kind.is_number()
}
