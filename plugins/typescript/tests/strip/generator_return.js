function* h()                    { yield 1 }
