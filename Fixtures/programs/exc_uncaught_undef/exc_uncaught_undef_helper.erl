%% Helper module of exc_uncaught_undef: exports present/1 but not missing/2.
-module(exc_uncaught_undef_helper).
-export([present/1]).

present(X) -> X + 1.
