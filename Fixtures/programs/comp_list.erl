%% List comprehensions: single and multiple generators, filters, pattern
%% generators that skip non-matching elements, nested comprehensions and
%% comprehensions over comprehensions.
-module(comp_list).
-export([main/0]).

main() ->
    L = id([1, 2, 3, 4, 5, 6]),
    [[X * X || X <- L], [X || X <- L, X rem 2 =:= 0], [{X, Y} || X <- [1, 2], Y <- [a, b]],
     [X + Y || X <- L, X > 3, Y <- L, Y < 3], [V || {ok, V} <- [{ok, 1}, error, {ok, 2}, {error, x}]],
     [[Y || Y <- L, Y =< X] || X <- [1, 3]], [X || X <- [X1 * 2 || X1 <- L], X > 6],
     pythag(20), perms([a, b, c]), [{I, J} || I <- L, J <- L, I < J, I + J =:= 7],
     [X || X <- [], X > 0], [true || _ <- L],
     [H || [H | _] <- [[1, 2], [], [3]]], [K || {K, _} <- [{a, 1}, {b, 2}, c, {d}]],
     [C || <<C>> <= <<"abc">>] ++ [X || X <- "def"],
     queens(6)].

pythag(N) ->
    [{A, B, C} || A <- seq(1, N), B <- seq(A, N), C <- seq(B, N), A * A + B * B =:= C * C].

perms([]) -> [[]];
perms(L) -> [[H | T] || H <- L, T <- perms(L -- [H])].

queens(N) -> length(place(N, N)).
place(0, _) -> [[]];
place(K, N) -> [[Q | Qs] || Qs <- place(K - 1, N), Q <- seq(1, N), safe(Q, Qs, 1)].
safe(_, [], _) -> true;
safe(Q, [Q1 | Qs], D) -> Q =/= Q1 andalso abs(Q - Q1) =/= D andalso safe(Q, Qs, D + 1).

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

id(X) -> X.
