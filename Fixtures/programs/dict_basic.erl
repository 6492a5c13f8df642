%% The process dictionary: put returns the old value, get of missing keys,
%% erase/1 returns the erased value, keys of any type, get_keys/1 (sorted
%% locally, since the dictionary's own order is unspecified).
-module(dict_basic).
-export([main/0]).

main() ->
    A = put(a, 1),
    B = put(a, 2),
    C = put({tuple, key}, [list]),
    D = put(<<"bin">>, 1),
    E = put(42, 1),
    [A, B, C, D, E, get(a), get({tuple, key}), get(missing), get(42),
     sort(get_keys(1)), get_keys(2), sort(get_keys()), length(get()),
     erase(a), erase(a), get(a), erase(not_there),
     sort([K || {K, _} <- get()]), put(42, changed), get(42)].

sort([]) -> [];
sort([P | T]) -> sort([X || X <- T, X < P]) ++ [P] ++ sort([X || X <- T, X >= P]).
