%% erlang:max/2 and min/2 across types, ties between 1 and 1.0 (the first
%% argument wins on equality), and a local max/min over lists.
-module(cmp_max_min).
-export([main/0]).

main() ->
    Vals = [id(3), id(3.0), id(-1), id(a), id({}), id([]), id(<<>>), id(1 bsl 70), id("x")],
    [[{max(A, B), min(A, B)} || A <- Vals, B <- Vals],
     max(id(1), id(1.0)), max(id(1.0), id(1)), min(id(1), id(1.0)), min(id(1.0), id(1)),
     list_max(Vals), list_min(Vals),
     max(id(0.0), id(-0.0)), min(id(0.0), id(-0.0))].

list_max([H | T]) -> list_max(T, H).
list_max([], M) -> M;
list_max([H | T], M) -> list_max(T, max(H, M)).

list_min([H | T]) -> list_min(T, H).
list_min([], M) -> M;
list_min([H | T], M) -> list_min(T, min(H, M)).

id(X) -> X.
