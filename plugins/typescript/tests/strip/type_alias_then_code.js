                               let r = 1
