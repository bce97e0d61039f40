class A { m?(): void; n?() {} }
