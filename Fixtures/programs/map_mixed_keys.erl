%% Keys of every type in one map: integers vs floats (1 and 1.0 are different
%% keys), negative numbers, bignums, lists, tuples, binaries, nested maps.
-module(map_mixed_keys).
-export([main/0]).

main() ->
    M = id(#{1 => int, 1.0 => float, -1 => neg, (1 bsl 70) => big, "s" => str,
             <<"b">> => bin, {t} => tup, [] => nil, #{k => 1} => map_key, 2.5 => f2}),
    [M, maps:keys(M), map_size(M), maps:get(1, M), maps:get(1.0, M),
     maps:find(1 bsl 70, M), maps:get(#{k => 1}, M), maps:find(#{k => 1.0}, M),
     maps:keys(id(#{2 => a, 1.5 => b, 1 => c, 0.5 => d})),
     id(#{3 => a, 2.0 => b, 1 => c}), maps:to_list(id(#{-1.0 => a, -1 => b, 0 => c}))].

id(X) -> X.
