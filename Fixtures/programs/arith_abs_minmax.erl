%% abs, max, min, sign handling and integer division identities over a range.
-module(arith_abs_minmax).
-export([main/0]).

main() ->
    Xs = [-10, -7, -1, 0, 1, 6, 13],
    Ys = [-4, -3, 1, 2, 5],
    Identity = [X =:= (X div Y) * Y + X rem Y || X0 <- Xs, Y0 <- Ys, X <- [id(X0)], Y <- [id(Y0)]],
    [all(Identity),
     [{X div Y, X rem Y} || X <- Xs, Y <- Ys],
     [abs(id(X)) || X <- Xs],
     [max(id(X), id(3)) || X <- Xs],
     [min(id(X), id(3)) || X <- Xs],
     max(id(1), id(1.0)), max(id(1.0), id(1)), min(id(1), id(1.0)), min(id(1.0), id(1)),
     max(id(a), id(1)), min(id(a), id(1)), max(id([]), id({})), min(id("a"), id(<<"a">>)),
     [sign(id(X)) || X <- Xs]].

all([]) -> true;
all([true | T]) -> all(T);
all([_ | _]) -> false.

sign(X) when X < 0 -> -1;
sign(0) -> 0;
sign(_) -> 1.

id(X) -> X.
