//! The fast path of `util.inspect` for plain data: objects whose prototype
//! is `Object.prototype` and dense arrays, holding primitives and more plain
//! data. It lays them out exactly as `modules/util.js` does (the rules are
//! ported from there: key quoting, string escaping, line breaking, array
//! grouping) and gives up — returns `undefined` — on anything else: class
//! instances, functions, symbols, circular references, proxies, sparse or
//! long arrays, long strings. The JavaScript implementation stays the single
//! source of truth for everything the fast path declines.

use std::ptr;

use rquickjs::qjs;
use rquickjs::{Coerced, Ctx, Object, Result, Type, Value};

/// Deeper nesting than this is left to the JavaScript implementation, which
/// guards against stack exhaustion.
const MAX_NESTING: u32 = 256;

/// The layout options of one inspection (`util.inspect`'s `ctx`).
struct Layout {
    depth: f64,
    break_length: f64,
    compact: f64,
    max_array_length: f64,
    max_string_length: f64,
}

/// One inspection in progress.
struct Walker<'js> {
    ctx: Ctx<'js>,
    layout: Layout,
    object_prototype: Object<'js>,
    array_prototype: Object<'js>,
    seen: Vec<*mut std::ffi::c_void>,
    indentation: usize,
    current_depth: f64,
}

/// What [`Walker::descend`] decided for an object or array.
enum Descend {
    /// Lay out its entries at this level.
    Into(f64),
    /// Nothing more to do: printed (`true`) or declined (`false`).
    Done(bool),
}

/// The formatted entries of one object or array, before they are joined.
type Entries = Vec<String>;

/// `binding.inspectPlain(value, ctx, Object.prototype, Array.prototype)`:
/// the inspected text, or `undefined` when the value is not plain data.
pub(crate) fn inspect_plain<'js>(
    ctx: Ctx<'js>,
    value: Value<'js>,
    options: Object<'js>,
    object_prototype: Object<'js>,
    array_prototype: Object<'js>,
) -> Result<Option<String>> {
    let layout = Layout {
        depth: limit(options.get("depth")?),
        break_length: limit(options.get("breakLength")?),
        compact: limit(options.get("compact")?),
        max_array_length: limit(options.get("maxArrayLength")?),
        max_string_length: limit(options.get("maxStringLength")?),
    };
    if layout.compact.is_nan() || layout.compact < 1.0 {
        return Ok(None);
    }
    let mut walker =
        Walker { ctx, layout, object_prototype, array_prototype, seen: Vec::new(), indentation: 0, current_depth: 0.0 };
    let mut out = String::new();
    Ok(walker.value(&value, 0.0, &mut out)?.then_some(out))
}

/// A numeric option; `null` means no limit.
fn limit(value: Value<'_>) -> f64 {
    if value.is_null() {
        f64::INFINITY
    } else {
        value.as_number().unwrap_or(f64::NAN)
    }
}

impl<'js> Walker<'js> {
    /// Appends the inspected `value` to `out`; `false` when it is not plain
    /// data (and `out` is then to be thrown away).
    fn value(&mut self, value: &Value<'js>, recurse_times: f64, out: &mut String) -> Result<bool> {
        match value.type_of() {
            Type::Undefined => out.push_str("undefined"),
            Type::Null => out.push_str("null"),
            Type::Bool => out.push_str(if value.as_bool() == Some(true) { "true" } else { "false" }),
            Type::Int => push_display(out, value.as_int().unwrap_or(0)),
            Type::Float => self.float(value, out)?,
            Type::BigInt => {
                out.push_str(&value.get::<Coerced<String>>()?.0);
                out.push('n');
            }
            Type::String => {
                let max = self.layout.max_string_length;
                // Longer than this, a string with newlines is split into
                // pieces (left to the JavaScript implementation).
                let split_from = (self.layout.break_length - self.indentation as f64 - 4.0).max(16.0);
                let pushed = with_utf8(&self.ctx, value.as_raw(), |text| {
                    let length = js_length(text) as f64;
                    if length > max || (length > split_from && text.contains('\n')) {
                        return false;
                    }
                    push_quoted(out, text);
                    true
                });
                return Ok(pushed == Some(true));
            }
            Type::Object => return self.object(value, recurse_times, out),
            Type::Array => return self.array(value, recurse_times, out),
            _ => return Ok(false),
        }
        Ok(true)
    }

    fn float(&self, value: &Value<'js>, out: &mut String) -> Result<()> {
        let n = value.as_float().unwrap_or(f64::NAN);
        if n == 0.0 && n.is_sign_negative() {
            out.push_str("-0");
        } else if n.fract() == 0.0 && n.abs() < 9_007_199_254_740_992.0 {
            push_display(out, n as i64);
        } else {
            out.push_str(&value.get::<Coerced<String>>()?.0);
        }
        Ok(())
    }

    /// Steps into a non-empty object or array: declines a circular
    /// reference (the JavaScript implementation marks those, even past the
    /// depth limit) and very deep nesting, prints `too_deep` past the depth
    /// limit, else marks `value` as being inspected and gives the next level.
    fn descend(&mut self, value: &Value<'js>, recurse_times: f64, too_deep: &str, out: &mut String) -> Descend {
        let pointer = object_pointer(value);
        if self.seen.contains(&pointer) || self.seen.len() as u32 >= MAX_NESTING {
            return Descend::Done(false);
        }
        if recurse_times > self.layout.depth {
            out.push_str(too_deep);
            return Descend::Done(true);
        }
        self.seen.push(pointer);
        self.current_depth = recurse_times + 1.0;
        Descend::Into(recurse_times + 1.0)
    }

    /// Whether `value` is an ordinary object of class `class_id` (1 for
    /// objects, 2 for arrays) whose prototype is `prototype`.
    fn is_plain(value: &Value<'js>, class_id: u32, prototype: &Object<'js>) -> bool {
        // SAFETY: reading the class id of a live object value.
        let class = unsafe { qjs::JS_GetClassID(value.as_raw()) };
        class == class_id
            && !value.is_proxy()
            && value.as_object().and_then(Object::get_prototype).as_ref() == Some(prototype)
    }

    fn object(&mut self, value: &Value<'js>, recurse_times: f64, out: &mut String) -> Result<bool> {
        if !Self::is_plain(value, 1, &self.object_prototype) {
            return Ok(false);
        }
        let Some(keys) = OwnKeys::read(&self.ctx, value) else { return Ok(false) };
        let enumerable: Vec<qjs::JSAtom> = keys.enumerable().collect();
        if enumerable.is_empty() {
            out.push_str("{}");
            return Ok(true);
        }
        let recurse_times = match self.descend(value, recurse_times, "[Object]", out) {
            Descend::Into(level) => level,
            Descend::Done(printed) => return Ok(printed),
        };
        let mut output = Vec::with_capacity(enumerable.len());
        for atom in enumerable {
            let mut entry = String::with_capacity(32);
            if with_atom_utf8(&self.ctx, atom, |name| push_key(&mut entry, name)) != Some(true) {
                return Ok(false);
            }
            entry.push_str(": ");
            if !self.property(value, atom, recurse_times, &mut entry)? {
                return Ok(false);
            }
            output.push(entry);
        }
        self.seen.pop();
        self.reduce(output, "{", "}", None, recurse_times, out);
        Ok(true)
    }

    fn property(
        &mut self,
        object: &Value<'js>,
        atom: qjs::JSAtom,
        recurse_times: f64,
        out: &mut String,
    ) -> Result<bool> {
        let Some(descriptor) = Descriptor::read(&self.ctx, object, atom) else { return Ok(false) };
        if let Some(accessor) = descriptor.accessor_label() {
            out.push_str(accessor);
            return Ok(true);
        }
        self.indentation += 2;
        let pushed = self.value(&descriptor.value, recurse_times, out)?;
        self.indentation -= 2;
        Ok(pushed)
    }

    fn array(&mut self, value: &Value<'js>, recurse_times: f64, out: &mut String) -> Result<bool> {
        if !Self::is_plain(value, 2, &self.array_prototype) {
            return Ok(false);
        }
        let array = value.as_array().expect("class id said array");
        let length = array.len();
        if length as f64 > self.layout.max_array_length {
            return Ok(false);
        }
        let Some(keys) = OwnKeys::read(&self.ctx, value) else { return Ok(false) };
        if !keys.are_indices(length) {
            return Ok(false);
        }
        if length == 0 {
            out.push_str("[]");
            return Ok(true);
        }
        let recurse_times = match self.descend(value, recurse_times, "[Array]", out) {
            Descend::Into(level) => level,
            Descend::Done(printed) => return Ok(printed),
        };
        let mut output = Vec::with_capacity(length);
        let mut all_numbers = true;
        for i in 0..length {
            let element: Value = array.get(i)?;
            all_numbers &= matches!(element.type_of(), Type::Int | Type::Float | Type::BigInt);
            let mut entry = String::new();
            self.indentation += 2;
            let pushed = self.value(&element, recurse_times, &mut entry)?;
            self.indentation -= 2;
            if !pushed {
                return Ok(false);
            }
            output.push(entry);
        }
        self.seen.pop();
        self.reduce(output, "[", "]", Some(all_numbers), recurse_times, out);
        Ok(true)
    }

    /// `reduceToSingleString`: one line when it fits, else one entry per
    /// line. `numbers` is `Some` for arrays (whose entries may be grouped).
    fn reduce(
        &self,
        output: Entries,
        open: &str,
        close: &str,
        numbers: Option<bool>,
        recurse_times: f64,
        out: &mut String,
    ) {
        let entries = output.len();
        let output = match numbers {
            Some(all_numbers) if entries > 6 => self.group(output, all_numbers),
            _ => output,
        };
        if self.current_depth - recurse_times < self.layout.compact && entries == output.len() {
            let start = output.len() + self.indentation + open.len() + 10;
            if self.fits(&output, start) && !output.iter().any(|entry| entry.contains('\n')) {
                out.push_str(open);
                out.push(' ');
                push_joined(out, &output, ", ");
                out.push(' ');
                out.push_str(close);
                return;
            }
        }
        let indentation = format!("\n{}", " ".repeat(self.indentation));
        out.push_str(open);
        out.push_str(&indentation);
        out.push_str("  ");
        push_joined(out, &output, &format!(",{indentation}  "));
        out.push_str(&indentation);
        out.push_str(close);
    }

    /// `isBelowBreakLength`.
    fn fits(&self, output: &Entries, start: usize) -> bool {
        let mut total = (output.len() + start) as f64;
        if total + output.len() as f64 > self.layout.break_length {
            return false;
        }
        for entry in output {
            total += js_length(entry) as f64;
            if total > self.layout.break_length {
                return false;
            }
        }
        true
    }

    /// `groupArrayElements`: arrays of more than six short entries are laid
    /// out in aligned columns.
    fn group(&self, output: Entries, all_numbers: bool) -> Entries {
        const SEPARATOR: usize = 2;
        let lengths: Vec<usize> = output.iter().map(|entry| js_length(entry)).collect();
        let total: usize = lengths.iter().map(|length| length + SEPARATOR).sum();
        let max_length = lengths.iter().copied().max().unwrap_or(0);
        let actual_max = max_length + SEPARATOR;
        let break_length = self.layout.break_length;
        if !(((actual_max * 3 + self.indentation) as f64) < break_length
            && (total as f64 / actual_max as f64 > 5.0 || max_length <= 6))
        {
            return output;
        }
        let average_bias = (actual_max as f64 - total as f64 / output.len() as f64).sqrt();
        let biased_max = (actual_max as f64 - 3.0 - average_bias).max(1.0);
        let columns = ((2.5 * biased_max * output.len() as f64).sqrt() / biased_max)
            .round()
            .min(((break_length - self.indentation as f64) / actual_max as f64).floor())
            .min(self.layout.compact * 4.0)
            .min(15.0);
        if columns <= 1.0 || columns.is_nan() {
            return output;
        }
        let columns = columns as usize;
        let widths: Vec<usize> = (0..columns)
            .map(|column| lengths.iter().skip(column).step_by(columns).copied().max().unwrap_or(0) + SEPARATOR)
            .collect();
        output
            .chunks(columns)
            .map(|row| {
                let mut line = String::new();
                for (column, entry) in row.iter().enumerate() {
                    let last = column + 1 == row.len();
                    let cell = if last { entry.clone() } else { format!("{entry}, ") };
                    let width = if last { widths[column] - SEPARATOR } else { widths[column] };
                    let padding = " ".repeat(width.saturating_sub(js_length(&cell)));
                    if all_numbers {
                        line.push_str(&padding);
                        line.push_str(&cell);
                    } else {
                        line.push_str(&cell);
                        if !last {
                            line.push_str(&padding);
                        }
                    }
                }
                line
            })
            .collect()
    }
}

/// An object's own string keys, as QuickJS lists them (indices first, in
/// order, then names in insertion order). Objects with symbol keys are
/// refused: those may change how the object prints.
struct OwnKeys<'js> {
    ctx: Ctx<'js>,
    table: *mut qjs::JSPropertyEnum,
    length: u32,
}

impl<'js> OwnKeys<'js> {
    fn read(ctx: &Ctx<'js>, object: &Value<'js>) -> Option<Self> {
        let symbols = Self::list(ctx, object, qjs::JS_GPN_SYMBOL_MASK)?;
        if symbols.length != 0 {
            return None;
        }
        Self::list(ctx, object, qjs::JS_GPN_STRING_MASK | qjs::JS_GPN_SET_ENUM)
    }

    fn list(ctx: &Ctx<'js>, object: &Value<'js>, flags: u32) -> Option<Self> {
        let mut table = ptr::null_mut();
        let mut length = 0;
        // SAFETY: a live context and object; the table is freed on drop.
        let status = unsafe {
            qjs::JS_GetOwnPropertyNames(ctx.as_raw().as_ptr(), &mut table, &mut length, object.as_raw(), flags as i32)
        };
        (status == 0).then(|| OwnKeys { ctx: ctx.clone(), table, length })
    }

    fn entries(&self) -> &[qjs::JSPropertyEnum] {
        if self.table.is_null() {
            return &[];
        }
        // SAFETY: QuickJS filled `length` entries.
        unsafe { std::slice::from_raw_parts(self.table, self.length as usize) }
    }

    fn enumerable(&self) -> impl Iterator<Item = qjs::JSAtom> + '_ {
        self.entries().iter().filter(|entry| entry.is_enumerable).map(|entry| entry.atom)
    }

    /// Whether the enumerable keys are exactly `0..length` (a dense array
    /// with no extra properties).
    fn are_indices(&self, length: usize) -> bool {
        let ctx = self.ctx.as_raw().as_ptr();
        let mut count = 0;
        for (i, atom) in self.enumerable().enumerate() {
            // SAFETY: an integer atom is made and released at once.
            let same = unsafe {
                let index = qjs::JS_NewAtomUInt32(ctx, i as u32);
                let same = index == atom;
                qjs::JS_FreeAtom(ctx, index);
                same
            };
            if !same {
                return false;
            }
            count += 1;
        }
        count == length
    }
}

impl Drop for OwnKeys<'_> {
    fn drop(&mut self) {
        // SAFETY: the table came from JS_GetOwnPropertyNames in this context.
        unsafe { qjs::JS_FreePropertyEnum(self.ctx.as_raw().as_ptr(), self.table, self.length) };
    }
}

/// One own property's descriptor: its value, or which accessors it has.
struct Descriptor<'js> {
    value: Value<'js>,
    accessors: Option<(bool, bool)>,
}

impl<'js> Descriptor<'js> {
    fn read(ctx: &Ctx<'js>, object: &Value<'js>, atom: qjs::JSAtom) -> Option<Self> {
        let mut raw = std::mem::MaybeUninit::<qjs::JSPropertyDescriptor>::uninit();
        let context = ctx.as_raw().as_ptr();
        // SAFETY: an ordinary object (no proxy traps run); on success the
        // three values are ours: the value goes to a `Value`, the accessors
        // are released here.
        unsafe {
            if qjs::JS_GetOwnProperty(context, raw.as_mut_ptr(), object.as_raw(), atom) != 1 {
                return None;
            }
            let raw = raw.assume_init();
            let accessors = (raw.flags & qjs::JS_PROP_GETSET as i32 != 0)
                .then(|| (!qjs::JS_IsUndefined(raw.getter), !qjs::JS_IsUndefined(raw.setter)));
            qjs::JS_FreeValue(context, raw.getter);
            qjs::JS_FreeValue(context, raw.setter);
            Some(Descriptor { value: Value::from_raw(ctx.clone(), raw.value), accessors })
        }
    }

    /// `[Getter]`, `[Setter]` or `[Getter/Setter]` for accessors.
    fn accessor_label(&self) -> Option<&'static str> {
        Some(match self.accessors? {
            (true, true) => "[Getter/Setter]",
            (true, false) => "[Getter]",
            (false, true) => "[Setter]",
            (false, false) => "undefined",
        })
    }
}

/// Runs `f` on the UTF-8 text of a string value; `None` when it is not
/// valid Unicode (a lone surrogate, escaped by the JavaScript path).
fn with_utf8<R>(ctx: &Ctx<'_>, value: qjs::JSValue, f: impl FnOnce(&str) -> R) -> Option<R> {
    let mut length = 0;
    // SAFETY: a live string value; the C string is freed before returning.
    unsafe {
        let pointer = qjs::JS_ToCStringLen(ctx.as_raw().as_ptr(), &mut length, value);
        utf8_then_free(ctx, pointer, length, f)
    }
}

/// [`with_utf8`] for a property key.
fn with_atom_utf8<R>(ctx: &Ctx<'_>, atom: qjs::JSAtom, f: impl FnOnce(&str) -> R) -> Option<R> {
    let mut length = 0;
    // SAFETY: an atom of a live key table; the C string is freed before returning.
    unsafe {
        let pointer = qjs::JS_AtomToCStringLen(ctx.as_raw().as_ptr(), &mut length, atom);
        utf8_then_free(ctx, pointer, length as usize, f)
    }
}

/// # Safety
/// `pointer` is null or a C string of `length` bytes from this context.
unsafe fn utf8_then_free<R>(
    ctx: &Ctx<'_>,
    pointer: *const std::ffi::c_char,
    length: usize,
    f: impl FnOnce(&str) -> R,
) -> Option<R> {
    if pointer.is_null() {
        return None;
    }
    // SAFETY: guaranteed by the caller.
    let bytes = unsafe { std::slice::from_raw_parts(pointer.cast::<u8>(), length) };
    let result = std::str::from_utf8(bytes).ok().map(f);
    // SAFETY: the pointer came from JS_ToCStringLen / JS_AtomToCStringLen.
    unsafe { qjs::JS_FreeCString(ctx.as_raw().as_ptr(), pointer) };
    result
}

fn push_display(out: &mut String, value: impl std::fmt::Display) {
    use std::fmt::Write;
    let _ = write!(out, "{value}");
}

fn push_joined(out: &mut String, entries: &[String], separator: &str) {
    for (i, entry) in entries.iter().enumerate() {
        if i > 0 {
            out.push_str(separator);
        }
        out.push_str(entry);
    }
}

/// The identity of an object value.
fn object_pointer(value: &Value<'_>) -> *mut std::ffi::c_void {
    // SAFETY: only called on objects, whose payload is a pointer.
    unsafe { qjs::JS_VALUE_GET_PTR(value.as_raw()) }
}

/// A string's length as JavaScript counts it (UTF-16 code units).
fn js_length(text: &str) -> usize {
    if text.is_ascii() {
        text.len()
    } else {
        text.encode_utf16().count()
    }
}

/// A property key as written in the output: bare when it is an identifier.
fn push_key(out: &mut String, name: &str) -> bool {
    let mut chars = name.chars();
    let identifier = chars.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_');
    if name == "__proto__" {
        out.push_str("['__proto__']");
    } else if identifier {
        out.push_str(name);
    } else {
        push_quoted(out, name);
    }
    true
}

/// `strEscape`: the string in quotes, with `'` preferred, then `"`, then
/// backticks, and control characters escaped.
fn push_quoted(out: &mut String, text: &str) {
    let quote = if !text.contains('\'') {
        '\''
    } else if !text.contains('"') {
        '"'
    } else if !text.contains('`') && !text.contains("${") {
        '`'
    } else {
        '\''
    };
    out.reserve(text.len() + 2);
    out.push(quote);
    for c in text.chars() {
        match c {
            '\'' if quote == '\'' => out.push_str("\\'"),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\u{c}' => out.push_str("\\f"),
            '\r' => out.push_str("\\r"),
            '\0'..='\u{1f}' | '\u{7f}'..='\u{9f}' => out.push_str(&format!("\\x{:02X}", c as u32)),
            _ => out.push(c),
        }
    }
    out.push(quote);
}

#[cfg(test)]
mod tests {
    use super::{js_length, push_key, push_quoted};

    fn quote(text: &str) -> String {
        let mut out = String::new();
        push_quoted(&mut out, text);
        out
    }

    fn key(name: &str) -> String {
        let mut out = String::new();
        push_key(&mut out, name);
        out
    }

    #[test]
    fn quotes_like_node() {
        assert_eq!(quote("plain"), "'plain'");
        assert_eq!(quote("it's"), "\"it's\"");
        assert_eq!(quote("it's \"x\""), "`it's \"x\"`");
        assert_eq!(quote("it's \"x\" `y`"), "'it\\'s \"x\" `y`'");
        assert_eq!(quote("a\nb\x01\x7f\u{85}\\"), "'a\\nb\\x01\\x7F\\x85\\\\'");
    }

    #[test]
    fn keys_are_bare_only_when_identifiers() {
        assert_eq!(key("field_1"), "field_1");
        assert_eq!(key("1"), "'1'");
        assert_eq!(key("a-b"), "'a-b'");
        assert_eq!(key("__proto__"), "['__proto__']");
    }

    #[test]
    fn lengths_count_utf16_units() {
        assert_eq!(js_length("abc"), 3);
        assert_eq!(js_length("é"), 1);
        assert_eq!(js_length("😀"), 2);
    }
}
