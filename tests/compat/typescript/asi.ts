// Where a stripped piece of syntax would let the next line join the
// previous statement, a `;` is put in its place (as Node does).
let log: string[] = []
const value = 1 as number
;(log).push('paren after as')
const other = value satisfies number
;[1].forEach(() => log.push('bracket after satisfies'))
function f() { return 'called' }
let result = f
type Alias = string
(function () { log.push('iife after type') })()
interface Shape {}
[2].forEach(() => log.push('bracket after interface'))
let x = value as any
(log).push('as any then paren')
const g = (): string =>
  'arrow body'
const h = ()
  : string => 'return type on its own line'
function outer() {
  return <T>
    (v: T) => v
}
class Members {
  declare d: number
  ['computed'] = 'computed'
  p = 'p'
  private ['after private'] = 1
  get: number
  set: string
  static: boolean
}
console.log(log.join(', '))
console.log(result === f, x, g(), h(), outer()('returned'), Object.keys(new Members()))
