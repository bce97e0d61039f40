;; The smallest bistro wasm plugin, written by hand against the canonical ABI.
;; Build the component: cargo run -p wat2component -- hello.wat hello.wasm
;; (With a wasm32 toolchain, build the same world from Rust or C instead:
;;  see docs/plugins.md.)
(module
  (memory (export "memory") 1)
  (global $bump (mut i32) (i32.const 4096))

  ;; "hello" (the plugin name and its one op)
  (data (i32.const 1024) "hello")
  ;; the ops list: one (ptr, len) pair -> "hello"
  (data (i32.const 1040) "\00\04\00\00\05\00\00\00")
  ;; the result value in the SDK wire format: tag 5 (string), length 15
  (data (i32.const 1100) "\05\0f\00\00\00hello from wasm")

  ;; cabi_realloc: a bump allocator (reset after every call).
  (func (export "cabi_realloc") (param $old i32) (param $old_size i32) (param $align i32) (param $size i32) (result i32)
    (local $ptr i32)
    (local.set $ptr
      (i32.and (i32.add (global.get $bump) (i32.sub (local.get $align) (i32.const 1)))
               (i32.sub (i32.const 0) (local.get $align))))
    (global.set $bump (i32.add (local.get $ptr) (local.get $size)))
    (if (i32.gt_u (global.get $bump) (i32.mul (memory.size) (i32.const 65536)))
      (then (drop (memory.grow (i32.add (i32.const 1)
        (i32.div_u (i32.sub (global.get $bump) (i32.mul (memory.size) (i32.const 65536))) (i32.const 65536)))))))
    (if (local.get $old) (then (memory.copy (local.get $ptr) (local.get $old) (local.get $old_size))))
    (local.get $ptr))

  ;; name() -> string: a pointer to (ptr, len)
  (func (export "name") (result i32)
    (i32.store (i32.const 2000) (i32.const 1024))
    (i32.store (i32.const 2004) (i32.const 5))
    (i32.const 2000))

  ;; ops() -> list<string>: a pointer to (ptr, count)
  (func (export "ops") (result i32)
    (i32.store (i32.const 2000) (i32.const 1040))
    (i32.store (i32.const 2004) (i32.const 1))
    (i32.const 2000))

  ;; call(op, args) -> result<list<u8>, string>: every op answers "hello from wasm"
  (func (export "call") (param $op i32) (param $op_len i32) (param $args i32) (param $args_len i32) (result i32)
    (i32.store8 (i32.const 2000) (i32.const 0))
    (i32.store (i32.const 2004) (i32.const 1100))
    (i32.store (i32.const 2008) (i32.const 20))
    (i32.const 2000))

  (func (export "cabi_post_call") (param i32)
    (global.set $bump (i32.const 4096)))
)
