%% Map literals, map_size, is_map, lookups with maps:get/find/is_key, and
%% printing of small maps with integer, binary and tuple keys.
%% (Maps with several atom keys are never printed: on newer OTP releases their
%% order follows atom creation order.)
-module(map_basic).
-export([main/0]).

main() ->
    M = id(#{1 => one, 2 => two, 3 => three}),
    B = id(#{<<"x">> => 1, <<"a">> => 2, <<"mm">> => 3}),
    A = id(#{name => <<"ann">>, age => 42}),
    [M, B, map_size(M), map_size(id(#{})), id(#{}), is_map(M), is_map(id([])),
     maps:get(2, M), maps:find(3, M), maps:find(4, M), maps:is_key(1, M), maps:is_key(9, M),
     maps:get(name, A), maps:get(age, A), maps:find(age, A), map_size(A),
     #{id(k) => id(v)}, #{id({1, 2}) => tuple_key, id([1]) => list_key, id(1.5) => float_key},
     is_map_key(2, M), is_map_key(zz, A)].

id(X) -> X.
