%% bsl/bsr on small integers: negative shift counts, shifting negative numbers,
%% shifting across the small-integer boundary into bignums and back.
-module(arith_shifts).
-export([main/0]).

main() ->
    Xs = [1, -1, 3, -3, 1000, -1000, 16#7FFFFFFF],
    Ns = [0, 1, 4, 31, 32, 59, 60, 61, 63, 64, 65, 100, -1, -4, -100],
    [{id(X) bsl id(N), id(X) bsr id(N)} || X <- Xs, N <- Ns] ++
        [(id(1) bsl 100) bsr 98, (id(-1) bsl 100) bsr 100, id(-7) bsr 1, id(-8) bsr 3,
         id(5) bsr 1000, id(-5) bsr 1000, id(0) bsl 1000].

id(X) -> X.
