%% Closures capturing variables of every kind (integers, lists, binaries,
%% other funs), counters built from closures, and closures returned from
%% nested functions.
-module(fun_closures).
-export([main/0]).

main() ->
    Add = fun(N) -> fun(X) -> X + N end end,
    Add5 = Add(id(5)),
    Add10 = Add(id(10)),
    Compose = fun(F, G) -> fun(X) -> G(F(X)) end end,
    Prefix = id(<<"pre-">>),
    Tag = fun(B) -> <<Prefix/binary, B/binary>> end,
    L = id([1, 2, 3]),
    Scale = fun(K) -> [K * X || X <- L] end,
    Pipeline = foldl(fun(F, Acc) -> Compose(Acc, F) end, fun(X) -> X end,
                     [Add5, fun(X) -> X * 2 end, Add10]),
    Counter = make_counter(0),
    {C1, Next1} = Counter(),
    {C2, Next2} = Next1(),
    {C3, _} = Next2(),
    Memo = fun(_Self, N) when N < 2 -> N; (Self, N) -> Self(Self, N - 1) + Self(Self, N - 2) end,
    [Add5(1), Add10(1), (Compose(Add5, Add10))(0), Tag(<<"x">>), Scale(3), Pipeline(1),
     C1, C2, C3, Memo(Memo, 20), apply_n(Add5, 10, 0), (((curry3(fun(A, B, C) -> A * 100 + B * 10 + C end))(1))(2))(3),
     [F(10) || F <- [Add(I) || I <- [1, 2, 3]]]].

make_counter(N) -> fun() -> {N, make_counter(N + 1)} end.

apply_n(_, 0, X) -> X;
apply_n(F, N, X) -> apply_n(F, N - 1, F(X)).

curry3(F) -> fun(A) -> fun(B) -> fun(C) -> F(A, B, C) end end end.

foldl(_, A, []) -> A;
foldl(F, A, [H | T]) -> foldl(F, F(H, A), T).

id(X) -> X.
