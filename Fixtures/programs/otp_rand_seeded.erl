%% Pseudo-random numbers from explicitly seeded states (exsss, exro928ss,
%% exsp): uniform integers and floats, normal distribution, shuffling by
%% random keys; deterministic for a given seed.
-module(otp_rand_seeded).
-export([main/0]).

main() ->
    S0 = rand:seed_s(exsss, {1, 2, 3}),
    {Ints, S1} = take(10, fun(S) -> rand:uniform_s(100, S) end, S0, []),
    {Floats, _} = take(3, fun(S) -> rand:uniform_s(S) end, S1, []),
    E0 = rand:seed_s(exro928ss, {4, 5, 6}),
    {Big, _} = take(3, fun(S) -> rand:uniform_s(1 bsl 80, S) end, E0, []),
    X0 = rand:seed_s(exsp, {7, 8, 9}),
    {Normals, _} = take(3, fun(S) -> rand:normal_s(S) end, X0, []),
    _ = rand:seed(exsss, {42, 42, 42}),
    Shuffled = [X || {_, X} <- lists:sort([{rand:uniform(), X} || X <- lists:seq(1, 10)])],
    [Ints, Floats, Big, Normals, Shuffled].

take(0, _, S, Acc) -> {lists:reverse(Acc), S};
take(N, F, S, Acc) ->
    {V, S2} = F(S),
    take(N - 1, F, S2, [V | Acc]).
