%% Comprehensions used as loops over nested data: matrix transpose and
%% multiply, grouping, cartesian products with dependent generators.
-module(comp_nested).
-export([main/0]).

main() ->
    M = id([[1, 2, 3], [4, 5, 6]]),
    N = id([[7, 8], [9, 10], [11, 12]]),
    [transpose(M), mul(M, N), mul(N, M), identity(4),
     [{K, [V || {K2, V} <- pairs(), K2 =:= K]} || K <- [a, b, c]],
     [[X, Y, Z] || X <- seq(1, 3), Y <- seq(X, 3), Z <- seq(Y, 3)],
     [lists:reverse(R) || R <- M], [sum(R) || R <- N]].

pairs() -> [{a, 1}, {b, 2}, {a, 3}, {c, 4}, {b, 5}].

transpose([[] | _]) -> [];
transpose(Rows) -> [[H || [H | _] <- Rows] | transpose([T || [_ | T] <- Rows])].

mul(A, B) ->
    Bt = transpose(B),
    [[sum([X * Y || {X, Y} <- zip(Row, Col)]) || Col <- Bt] || Row <- A].

identity(N) -> [[case I of J -> 1; _ -> 0 end || J <- seq(1, N)] || I <- seq(1, N)].

zip([A | As], [B | Bs]) -> [{A, B} | zip(As, Bs)];
zip(_, _) -> [].

sum([]) -> 0;
sum([H | T]) -> H + sum(T).

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

id(X) -> X.
