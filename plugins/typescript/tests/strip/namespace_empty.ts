namespace N { }
