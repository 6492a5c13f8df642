%% Thousands of pseudo-random puts and removes on one map across the flat/trie boundary,
%% checked against a sorted key list, then the map's own order printed; the hashing
%% generation of the bytecode's release decides that order (atoms are left out: ERTS hashes
%% them by their atom-table index).
-module(map_random_updates).
-export([main/0]).

main() ->
    {Map, Ref} = steps(20000, 12345, #{}, []),
    Keys = lists:usort([K || {K, _} <- Ref]),
    {map_size(Map), length(Keys) =:= map_size(Map),
     lists:sort(maps:to_list(Map)) =:= lists:sort(Ref),
     maps:keys(Map), erlang:phash2(Map)}.

steps(0, _, Map, Ref) -> {Map, Ref};
steps(N, Seed, Map, Ref) ->
    Seed1 = (Seed * 1103515245 + 12345) rem 2147483648,
    K = key(Seed1 rem 400),
    case Seed1 rem 3 of
        0 -> steps(N - 1, Seed1, maps:remove(K, Map), lists:keydelete(K, 1, Ref));
        _ -> steps(N - 1, Seed1, Map#{K => N}, lists:keystore(K, 1, Ref, {K, N}))
    end.

key(N) when N rem 4 =:= 0 -> N;
key(N) when N rem 4 =:= 1 -> integer_to_binary(N);
key(N) when N rem 4 =:= 2 -> {N, [N]};
key(N) -> float(N).
