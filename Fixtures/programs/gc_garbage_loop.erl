%% A loop that allocates lots of short-lived garbage (tuples, lists,
%% binaries, bignums, maps) while keeping a small live set, so the VM must
%% collect repeatedly; the result only depends on the live data.
-module(gc_garbage_loop).
-export([main/0]).

main() ->
    {Acc, Live} = loop(id(200000), 0, []),
    [Acc, length(Live), hd(Live), lists:reverse(Live) =:= lists:reverse(Live), bignum_churn(2000, 1)].

loop(0, Acc, Live) -> {Acc, Live};
loop(N, Acc, Live) ->
    Garbage = {N, [N, N + 1, N + 2], <<N:64>>, #{N => N}},
    L = tuple_size(Garbage) + length(element(2, Garbage)) + byte_size(element(3, Garbage)),
    Live2 = case N rem 1000 of
                0 -> [{kept, N} | Live];
                _ -> Live
            end,
    loop(N - 1, (Acc + L * N) rem 1000000007, Live2).

bignum_churn(0, X) -> X rem 1000000007;
bignum_churn(N, X) -> bignum_churn(N - 1, (X * 3 + N) bxor (1 bsl 200)).

id(X) -> X.
