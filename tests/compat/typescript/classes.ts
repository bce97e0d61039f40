// Class syntax of TypeScript: modifiers, abstract members, implements,
// overloads, index signatures, optional and definite fields, accessors.
interface Named { name: string }
abstract class Base<T> implements Named {
  abstract kind: string;
  abstract describe(): string;
  public name: string = 'base';
  protected readonly id: number = 1;
  private secret?: string;
  declare phantom: number;
  static count: number = 0;
  [key: string]: unknown;
  constructor(name?: string) {
    if (name) this.name = name;
    Base.count++;
  }
  public get label(): string { return `${this.name}#${this.id}`; }
  protected set label(value: string) { this.name = value; }
  greet(this: Base<T>, greeting?: string): string {
    return `${greeting ?? 'hello'} ${this.name}`;
  }
}
class Impl extends Base<number> implements Named {
  kind = 'impl';
  override name = 'impl';
  definite!: string;
  readonly #hidden: number = 42;
  static readonly tag = 'T';
  size: number = 3;
  constructor();
  constructor(name: string);
  constructor(name?: string) {
    super(name);
  }
  describe(): string { return `${this.kind} ${this.label} ${this.#hidden}`; }
  public static create<U>(this: typeof Impl): Impl { return new this(); }
  method?(): void;
}
const impl = Impl.create();
console.log(impl.describe(), impl.greet(), impl.greet('hi'), Base.count, Impl.tag);
console.log(Object.keys(impl), impl.size, 'secret' in impl, 'definite' in impl, 'phantom' in impl);
console.log(Impl.toString().split('\n').slice(0, 4).join('\n'));
