function assert(v: unknown): asserts v {}
class C { isFoo(): this is Foo { return true } }
