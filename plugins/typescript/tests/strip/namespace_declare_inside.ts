namespace N { declare const x: number }
