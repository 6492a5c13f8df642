%% External and local function references: fun M:F/A (including BIFs),
%% fun F/A, erlang:apply/2,3 with dynamic module/function atoms, and funs
%% passed as arguments.
-module(fun_external).
-export([main/0, double/1, pair/2]).

main() ->
    Len = fun erlang:length/1,
    Dbl = fun ?MODULE:double/1,
    Loc = fun triple/1,
    Rev = fun lists:reverse/1,
    M = id(?MODULE), F = id(double),
    [Len([a, b, c]), Dbl(21), Loc(5), Rev([1, 2, 3]),
     map(fun erlang:abs/1, [-1, 2, -3]), map(fun ?MODULE:double/1, [1, 2]), map(Loc, [1, 2]),
     erlang:apply(Dbl, [4]), erlang:apply(M, F, [8]), erlang:apply(?MODULE, pair, [x, y]),
     erlang:apply(erlang, element, [2, {a, b}]), apply(fun erlang:'+'/2, [1, 2]),
     M:F(100), (fun erlang:tuple_size/1)({1, 2, 3}), erlang:apply(fun(A, B) -> A - B end, [10, 3]),
     map(fun erlang:atom_to_list/1, [a, bc]),
     try erlang:apply(M, id(no_such_function), []) catch error:E1 -> E1 end,
     try erlang:apply(id(no_such_module_here), f, [1]) catch error:E2 -> E2 end].

double(X) -> X * 2.
triple(X) -> X * 3.
pair(A, B) -> {A, B}.

map(_, []) -> [];
map(G, [H | T]) -> [G(H) | map(G, T)].

id(X) -> X.
