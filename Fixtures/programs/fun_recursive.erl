%% Named (recursive) funs, Y-combinator style recursion through arguments,
%% and funs stored in tuples, maps and lists, then called.
-module(fun_recursive).
-export([main/0]).

main() ->
    Fact = fun F(0) -> 1; F(N) -> N * F(N - 1) end,
    Fib = fun Fib(N) when N < 2 -> N; Fib(N) -> Fib(N - 1) + Fib(N - 2) end,
    Len = fun L([]) -> 0; L([_ | T]) -> 1 + L(T) end,
    Y = fun(G) -> (fun(X) -> G(fun(V) -> (X(X))(V) end) end)(fun(X) -> G(fun(V) -> (X(X))(V) end) end) end,
    YFact = Y(fun(Self) -> fun(0) -> 1; (N) -> N * Self(N - 1) end end),
    Table = #{add => fun(A, B) -> A + B end, sub => fun(A, B) -> A - B end},
    Ops = {fun(X) -> X + 1 end, fun(X) -> X * 2 end},
    [Fact(20), Fib(20), Len(seq(1, 1000)), YFact(10),
     (maps:get(add, Table))(2, 3), (maps:get(sub, Table))(2, 3),
     (element(2, Ops))((element(1, Ops))(4)),
     [G(10) || G <- [fun(X) -> X end, fun(X) -> -X end]],
     countdown(fun Loop(0, Acc) -> Acc; Loop(N, Acc) -> Loop(N - 1, [N | Acc]) end)].

countdown(F) -> F(5, []).

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].
