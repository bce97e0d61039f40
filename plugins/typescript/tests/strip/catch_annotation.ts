try { f() } catch (e: unknown) { g(e) }
