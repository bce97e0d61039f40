namespace N { ; }
