class A    extends B    { m()       { return this } }
