type Fn = (a: number) => void; let r = 1
