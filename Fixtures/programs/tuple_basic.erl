%% Tuple construction, element/2, tuple_size/1, size/1, tuple_to_list,
%% list_to_tuple, matching on tuples of several sizes, and the empty tuple.
-module(tuple_basic).
-export([main/0]).

main() ->
    T = {id(a), id(1), id("s"), id({nested, [1, 2]}), id(3.5)},
    [T, element(1, T), element(4, T), element(5, T), tuple_size(T), size(T),
     tuple_to_list(T), list_to_tuple(tuple_to_list(T)) =:= T, tuple_size(id({})),
     list_to_tuple(id([])), describe(id({})), describe(id({x})), describe(id({x, y})),
     describe(id({x, y, z})), describe(id({point, 1, 2})), describe(id([x])),
     swap(id({left, right})), element(2, element(4, T)), is_tuple(T), is_tuple(id([]))].

describe({}) -> empty;
describe({point, X, Y}) -> {point_sum, X + Y};
describe({A}) -> {one, A};
describe({A, B}) -> {two, B, A};
describe(T) when is_tuple(T) -> {many, tuple_size(T)};
describe(_) -> not_a_tuple.

swap({A, B}) -> {B, A}.

id(X) -> X.
