class A<T> extends B<T> { m(): A<T> { return this } }
