%% An uncaught exit with a structured reason, raised two calls deep.
-module(exc_uncaught_exit).
-export([main/0]).

main() ->
    [step(N) || N <- [1, 2, 3]].

step(3) -> stop({limit_reached, 3, "three"});
step(N) -> N * 10.

stop(Why) -> exit(Why).
