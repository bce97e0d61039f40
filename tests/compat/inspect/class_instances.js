// Class instances, inheritance, null prototypes and toStringTag.
const util = require('util');
class Point { constructor(x, y) { this.x = x; this.y = y; } }
class Point3D extends Point { constructor(x, y, z) { super(x, y); this.z = z; } }
class Empty {}
console.log(new Point(1, 2), new Point3D(1, 2, 3), new Empty());
console.log([new Point(0, 0)], { p: new Point(5, 6) });
const anonymous = new (class {})();
console.log(anonymous);
const nullProto = Object.create(null);
nullProto.a = 1;
console.log(nullProto, Object.create(null));
class Tagged { get [Symbol.toStringTag]() { return 'Custom'; } }
console.log(new Tagged());
const ownTag = { [Symbol.toStringTag]: 'Own', a: 1 };
console.log(ownTag);
function OldStyle() { this.legacy = true; }
console.log(new OldStyle());
const fromProto = Object.create({ inherited: 1 });
fromProto.own = 2;
console.log(fromProto);
const protoOfProto = Object.create(Point.prototype);
console.log(protoOfProto);
class WithStatic { static count = 3; static helper() {} }
console.log(WithStatic, [WithStatic]);
class Child extends Array {}
const child = new Child();
child.push(1, 2);
console.log(child);
class MyMap extends Map {}
console.log(new MyMap([[1, 2]]));
class MySet extends Set {}
console.log(new MySet(['a']));
class MyError extends Error { constructor(m) { super(m); this.name = 'MyError'; } }
console.log(util.inspect(new MyError('bad')).split('\n')[0]);
const nullProtoArray = Object.setPrototypeOf([1, 2], null);
console.log(nullProtoArray);
const nullProtoMap = Object.setPrototypeOf(new Map([[1, 1]]), null);
console.log(nullProtoMap);
