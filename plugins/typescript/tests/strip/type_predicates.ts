function assertIsString(val: any): asserts val is string {}
function isS(val: any): val is string { return true }
