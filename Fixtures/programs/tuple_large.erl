%% Large tuples (1000 and 70000 elements): creation from lists, indexing,
%% updating, comparison, and converting back to lists.
-module(tuple_large).
-export([main/0]).

main() ->
    L = seq(1, 1000),
    T = list_to_tuple(L),
    T2 = setelement(500, T, changed),
    Huge = erlang:make_tuple(70000, id(z)),
    [tuple_size(T), element(1, T), element(1000, T), element(500, T2), element(499, T2),
     T < T2, T =:= list_to_tuple(tuple_to_list(T)), sum(tuple_to_list(T), 0),
     tuple_size(Huge), element(69999, Huge), tuple_size(erlang:append_element(Huge, y)),
     element(70001, erlang:append_element(Huge, y)),
     erlang:phash2(T), erlang:phash2(T2)].

seq(A, B) -> seq(A, B, []).
seq(A, B, Acc) when B < A -> Acc;
seq(A, B, Acc) -> seq(A, B - 1, [B | Acc]).

sum([], S) -> S;
sum([H | T], S) -> sum(T, S + H).

id(X) -> X.
