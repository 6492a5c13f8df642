%% band, bor, bxor, bnot on small integers of both signs.
-module(arith_bitwise).
-export([main/0]).

main() ->
    Vals = [0, 1, -1, 5, -5, 255, -256, 16#F0F0, 12345678, -12345678],
    Pairs = [{A, B} || A <- Vals, B <- [3, -3, 16#FF, -16#100]],
    [{A band B, A bor B, A bxor B} || {A0, B0} <- Pairs, A <- [id(A0)], B <- [id(B0)]] ++
        [bnot id(V) || V <- Vals] ++
        [popcount(id(V), 0) || V <- [0, 1, 255, 16#FFFF, 12345678]].

popcount(0, N) -> N;
popcount(V, N) -> popcount(V bsr 1, N + (V band 1)).

id(X) -> X.
