function assert(v         )            {}
class C { isFoo()              { return true } }
