%% erlang:make_tuple/2,3, append_element/2, insert_element/3, delete_element/2.
-module(tuple_make_insert_delete).
-export([main/0]).

main() ->
    T = id({b, c}),
    [erlang:make_tuple(id(3), x), erlang:make_tuple(id(0), x),
     erlang:make_tuple(id(5), def, [{2, two}, {4, four}, {2, again}]),
     erlang:append_element(T, d), erlang:append_element(id({}), only),
     erlang:insert_element(1, T, a), erlang:insert_element(3, T, z), erlang:insert_element(2, T, m),
     erlang:delete_element(1, T), erlang:delete_element(2, T),
     erlang:delete_element(1, id({single})),
     build(10, {}),
     try erlang:insert_element(id(4), T, q) catch error:E1 -> E1 end,
     try erlang:delete_element(id(3), T) catch error:E2 -> E2 end,
     try erlang:make_tuple(id(-1), x) catch error:E3 -> E3 end].

build(0, T) -> T;
build(N, T) -> build(N - 1, erlang:append_element(T, N)).

id(X) -> X.
