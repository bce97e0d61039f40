;; A test plugin component ("testkit"), written against the canonical ABI.
;; Ops: greet, echo, spin (loops forever), grow (grows memory until it
;; fails), readfile (host read-file of its one string argument), panic
;; (traps), log (host log), time (host now-ms, as a number).
(module
  (import "bistro:plugin/host@0.1.0" "read-file" (func $read_file (param i32 i32 i32)))
  (import "bistro:plugin/host@0.1.0" "log" (func $log (param i32 i32)))
  (import "bistro:plugin/host@0.1.0" "now-ms" (func $now (result i64)))
  (memory (export "memory") 1)
  (global $bump (mut i32) (i32.const 8192))

  (data (i32.const 1024) "\05\0f\00\00\00hello from wasm")   ;; wire string, 20 bytes
  (data (i32.const 1060) "unknown op")                      ;; 10 bytes
  (data (i32.const 1080) "memory grew without limit")        ;; 25 bytes
  (data (i32.const 1110) "log from wasm")                    ;; 13 bytes
  (data (i32.const 1100) "testkit")
  (data (i32.const 1300) "greetechospingrowreadfilepaniclogtime")
  ;; ops: (ptr, len) pairs
  (data (i32.const 1200)
    "\14\05\00\00\05\00\00\00"   ;; 1300 greet
    "\19\05\00\00\04\00\00\00"   ;; 1305 echo
    "\1d\05\00\00\04\00\00\00"   ;; 1309 spin
    "\21\05\00\00\04\00\00\00"   ;; 1313 grow
    "\25\05\00\00\08\00\00\00"   ;; 1317 readfile
    "\2d\05\00\00\05\00\00\00"   ;; 1325 panic
    "\32\05\00\00\03\00\00\00"   ;; 1330 log
    "\35\05\00\00\04\00\00\00")  ;; 1333 time

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

  (func (export "name") (result i32)
    (i32.store (i32.const 2000) (i32.const 1100))
    (i32.store (i32.const 2004) (i32.const 7))
    (i32.const 2000))

  (func (export "ops") (result i32)
    (i32.store (i32.const 2000) (i32.const 1200))
    (i32.store (i32.const 2004) (i32.const 8))
    (i32.const 2000))

  (func $ok (param $ptr i32) (param $len i32) (result i32)
    (i32.store8 (i32.const 2000) (i32.const 0))
    (i32.store (i32.const 2004) (local.get $ptr))
    (i32.store (i32.const 2008) (local.get $len))
    (i32.const 2000))

  (func $err (param $ptr i32) (param $len i32) (result i32)
    (i32.store8 (i32.const 2000) (i32.const 1))
    (i32.store (i32.const 2004) (local.get $ptr))
    (i32.store (i32.const 2008) (local.get $len))
    (i32.const 2000))

  (func $is (param $op i32) (param $len i32) (param $want i32) (param $want_len i32) (result i32)
    (if (i32.ne (local.get $len) (local.get $want_len)) (then (return (i32.const 0))))
    (loop $next
      (if (i32.eqz (local.get $len)) (then (return (i32.const 1))))
      (if (i32.ne (i32.load8_u (local.get $op)) (i32.load8_u (local.get $want))) (then (return (i32.const 0))))
      (local.set $op (i32.add (local.get $op) (i32.const 1)))
      (local.set $want (i32.add (local.get $want) (i32.const 1)))
      (local.set $len (i32.sub (local.get $len) (i32.const 1)))
      (br $next))
    (i32.const 0))

  (func (export "call") (param $op i32) (param $op_len i32) (param $args i32) (param $args_len i32) (result i32)
    (if (call $is (local.get $op) (local.get $op_len) (i32.const 1300) (i32.const 5))
      (then (return (call $ok (i32.const 1024) (i32.const 20)))))
    (if (call $is (local.get $op) (local.get $op_len) (i32.const 1305) (i32.const 4))
      (then (return (call $ok (local.get $args) (local.get $args_len)))))
    (if (call $is (local.get $op) (local.get $op_len) (i32.const 1309) (i32.const 4))
      (then (loop $forever (br $forever))))
    (if (call $is (local.get $op) (local.get $op_len) (i32.const 1313) (i32.const 4))
      (then
        (loop $more (br_if $more (i32.ne (memory.grow (i32.const 16)) (i32.const -1))))
        (return (call $err (i32.const 1080) (i32.const 25)))))
    ;; readfile: args is the wire list [string path]: tag 7, count, tag 5, length, bytes
    (if (call $is (local.get $op) (local.get $op_len) (i32.const 1317) (i32.const 8))
      (then
        (call $read_file (i32.add (local.get $args) (i32.const 10))
                         (i32.load (i32.add (local.get $args) (i32.const 6)))
                         (i32.const 2000))
        (return (i32.const 2000))))
    (if (call $is (local.get $op) (local.get $op_len) (i32.const 1325) (i32.const 5))
      (then unreachable))
    (if (call $is (local.get $op) (local.get $op_len) (i32.const 1330) (i32.const 3))
      (then
        (call $log (i32.const 1110) (i32.const 13))
        (return (call $ok (i32.const 1024) (i32.const 20)))))
    ;; time: wire number (tag 3, f64) of now-ms
    (if (call $is (local.get $op) (local.get $op_len) (i32.const 1333) (i32.const 4))
      (then
        (i32.store8 (i32.const 3000) (i32.const 3))
        (f64.store (i32.const 3001) (f64.convert_i64_u (call $now)))
        (return (call $ok (i32.const 3000) (i32.const 9)))))
    (call $err (i32.const 1060) (i32.const 10)))

  (func (export "cabi_post_call") (param i32)
    (global.set $bump (i32.const 8192)))
)
