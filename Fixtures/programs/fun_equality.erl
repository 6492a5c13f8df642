%% Fun equality and ordering: the same fun expression with equal
%% environments compares equal, different environments or code do not;
%% external funs compare by M/F/A. Funs are never returned themselves.
-module(fun_equality).
-export([main/0, f/1]).

main() ->
    Mk = fun(N) -> fun(X) -> X + N end end,
    A1 = Mk(id(1)), A2 = Mk(id(1)), B = Mk(id(2)),
    E1 = fun ?MODULE:f/1, E2 = fun ?MODULE:f/1, E3 = fun erlang:abs/1,
    L1 = fun f/1, L2 = fun f/1,
    C = fun(X) -> X + 1 end,
    [A1 == A2, A1 =:= A2, A1 == B, E1 == E2, E1 =:= E2, E1 == E3, L1 == L2, L1 == E1,
     A1 == C, is_function(A1), A1(1) =:= C(1),
     erlang:phash2(E1) =:= erlang:phash2(E2), erlang:phash2(A1) =:= erlang:phash2(A2),
     lists:member(E2, [E3, E1]), length([X || X <- [A1, A2, B], X == A1]),
     (E1 < E3) =:= not (E3 < E1), {E1} == {E2}].

f(X) -> X.

id(X) -> X.
