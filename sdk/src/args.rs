//! Typed access to an op's arguments.
//!
//! Every op gets its arguments as `Vec<Value>`; [`Args`] reads them by
//! position and turns a missing or mistyped one into a `TypeError` with
//! code `ERR_INVALID_ARG_TYPE` (`RangeError`/`ERR_OUT_OF_RANGE` for a
//! number out of range), so no plugin needs helpers of its own:
//!
//! ```
//! use bistro_sdk::{Args, Value};
//!
//! let args = vec![Value::from("notes.txt"), Value::Number(8.0)];
//! assert_eq!(args.str(0).unwrap(), "notes.txt");
//! assert_eq!(args.u32(1).unwrap(), 8);
//! assert!(args.flag_or(2, true), "a missing flag takes its default");
//! assert_eq!(args.str(1).unwrap_err().code, "ERR_INVALID_ARG_TYPE");
//! ```

use crate::{OpError, Value};

/// Typed readers of an op's positional arguments.
pub trait Args {
    /// The string at `index`.
    fn str(&self, index: usize) -> Result<&str, OpError>;
    /// The string at `index`, or `None` when it is missing, `undefined` or
    /// `null`.
    fn opt_str(&self, index: usize) -> Result<Option<&str>, OpError>;
    /// The number at `index`.
    fn f64(&self, index: usize) -> Result<f64, OpError>;
    /// The integer at `index`: a number without a fraction, or a bigint.
    fn int(&self, index: usize) -> Result<i64, OpError>;
    /// The integer at `index`, in `0..=u32::MAX`.
    fn u32(&self, index: usize) -> Result<u32, OpError>;
    /// The integer at `index`, in `i32`'s range.
    fn i32(&self, index: usize) -> Result<i32, OpError>;
    /// The boolean at `index`, or `default` when it is missing or not a
    /// boolean.
    fn flag_or(&self, index: usize, default: bool) -> bool;
    /// The bytes at `index` (a Buffer, typed array or ArrayBuffer).
    fn bytes(&self, index: usize) -> Result<&[u8], OpError>;
}

impl Args for [Value] {
    fn str(&self, index: usize) -> Result<&str, OpError> {
        self.get(index).and_then(Value::as_str).ok_or_else(|| wrong(index, "a string"))
    }

    fn opt_str(&self, index: usize) -> Result<Option<&str>, OpError> {
        match self.get(index) {
            None | Some(Value::Undefined | Value::Null) => Ok(None),
            Some(_) => self.str(index).map(Some),
        }
    }

    fn f64(&self, index: usize) -> Result<f64, OpError> {
        self.get(index).and_then(Value::as_f64).ok_or_else(|| wrong(index, "a number"))
    }

    fn int(&self, index: usize) -> Result<i64, OpError> {
        if let Some(Value::BigInt(n)) = self.get(index) {
            return Ok(*n);
        }
        let n = self.f64(index)?;
        if n.fract() != 0.0 || !n.is_finite() {
            return Err(wrong(index, "an integer"));
        }
        Ok(n as i64)
    }

    fn u32(&self, index: usize) -> Result<u32, OpError> {
        let n = self.int(index)?;
        u32::try_from(n).map_err(|_| out_of_range(index, n, "0..=4294967295"))
    }

    fn i32(&self, index: usize) -> Result<i32, OpError> {
        let n = self.int(index)?;
        i32::try_from(n).map_err(|_| out_of_range(index, n, "-2147483648..=2147483647"))
    }

    fn flag_or(&self, index: usize, default: bool) -> bool {
        self.get(index).and_then(Value::as_bool).unwrap_or(default)
    }

    fn bytes(&self, index: usize) -> Result<&[u8], OpError> {
        self.get(index).and_then(Value::as_bytes).ok_or_else(|| wrong(index, "bytes"))
    }
}

fn wrong(index: usize, what: &str) -> OpError {
    OpError::type_error(format!("op argument {index} must be {what}"))
}

fn out_of_range(index: usize, value: i64, range: &str) -> OpError {
    OpError::range_error(format!("op argument {index} must be in {range}, not {value}"))
}

#[cfg(test)]
mod tests {
    use super::Args;
    use crate::Value;

    #[test]
    fn each_reader_checks_its_type() {
        let args = vec![Value::from("x"), Value::Number(1.5), Value::BigInt(-3), Value::Null, Value::Bool(false)];
        assert_eq!(args.str(0).unwrap(), "x");
        assert_eq!(args.opt_str(3).unwrap(), None);
        assert_eq!(args.opt_str(9).unwrap(), None);
        assert!(args.opt_str(1).is_err());
        assert_eq!(args.f64(1).unwrap(), 1.5);
        assert_eq!(args.int(1).unwrap_err().code, "ERR_INVALID_ARG_TYPE");
        assert_eq!(args.int(2).unwrap(), -3);
        assert_eq!(args.i32(2).unwrap(), -3);
        assert_eq!(args.u32(2).unwrap_err().code, "ERR_OUT_OF_RANGE");
        assert!(!args.flag_or(4, true));
        assert!(args.flag_or(0, true), "a string is not a flag: the default");
        assert!(args.bytes(0).is_err());
    }
}
