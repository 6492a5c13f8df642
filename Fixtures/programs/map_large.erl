%% Maps with more than 32 keys (hash-array mapped tries in the VM): their
%% printing order, keys/values/to_list order, growth from small to large and
%% shrinking back, lookups and equality with maps built in other orders.
-module(map_large).
-export([main/0]).

main() ->
    M33 = from(1, 33, #{}),
    M32 = maps:remove(33, M33),
    M100 = from(1, 100, #{}),
    Rev = from_rev(100, 1, #{}),
    BinKeys = maps:from_list([{integer_to_binary(I), I} || I <- seq(1, 40)]),
    [M32, M33, maps:keys(M33), maps:values(M100), maps:to_list(M32),
     M100 =:= Rev, map_size(M100), maps:get(77, M100), maps:find(101, M100),
     BinKeys, maps:keys(BinKeys),
     maps:keys(maps:from_list([{{I, I}, I} || I <- seq(1, 35)])),
     shrink(M100, 1, 70), sum(maps:values(M100), 0)].

from(I, N, M) when I > N -> M;
from(I, N, M) -> from(I + 1, N, M#{I => I * I}).

from_rev(I, N, M) when I < N -> M;
from_rev(I, N, M) -> from_rev(I - 1, N, M#{I => I * I}).

shrink(M, I, N) when I > N -> M;
shrink(M, I, N) -> shrink(maps:remove(I, M), I + 1, N).

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

sum([], S) -> S;
sum([H | T], S) -> sum(T, S + H).
