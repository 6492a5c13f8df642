%% Allocates over a gigabyte of short-lived garbage (lists, tuples, binaries) with a
%% tiny live set; a collecting VM stays at a small, flat memory footprint.
-module(gc_gigabytes).
-export([main/0]).

main() -> loop(id(5000000), 0).

%% Each round allocates about 30 words (a 10-element list, a tuple, a binary).
loop(0, Acc) -> Acc;
loop(N, Acc) ->
    L = [N, N, N, N, N, N, N, N, N, N],
    T = {N, L, <<N:64>>},
    loop(N - 1, (Acc + length(element(2, T)) + byte_size(element(3, T))) rem 1000000007).

id(X) -> X.
