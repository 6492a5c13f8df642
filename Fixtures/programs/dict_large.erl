%% Many entries in the process dictionary (10,000 keys, forcing the table to
%% grow and later shrink), overwriting, and erasing half of them.
-module(dict_large).
-export([main/0]).

main() ->
    fill(1, 10000),
    S1 = sum_keys(1, 10000, 0),
    erase_odd(1, 10000),
    S2 = sum_keys(1, 10000, 0),
    Len = length(get()),
    overwrite(2, 10000),
    [S1, S2, Len, get(10000), get(9999), get(2), length(get_keys(done)),
     length(get_keys(overwritten))].

fill(I, N) when I > N -> ok;
fill(I, N) -> put(I, I * 2), fill(I + 1, N).

sum_keys(I, N, Acc) when I > N -> Acc;
sum_keys(I, N, Acc) ->
    case get(I) of
        undefined -> sum_keys(I + 1, N, Acc);
        V -> sum_keys(I + 1, N, Acc + V)
    end.

erase_odd(I, N) when I > N -> ok;
erase_odd(I, N) ->
    _ = erase(I),
    erase_odd(I + 2, N).

overwrite(I, N) when I > N -> ok;
overwrite(I, N) ->
    put(I, case I rem 4 of 0 -> done; _ -> overwritten end),
    overwrite(I + 2, N).
