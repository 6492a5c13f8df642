%% An uncaught throw: the report shows class throw and the thrown term.
-module(exc_uncaught_throw).
-export([main/0]).

main() ->
    search([3, 1, 4, 1, 5, 9, 2, 6], 9, 0).

search([], _, _) -> not_found;
search([X | _], X, I) -> throw({found, X, at, I});
search([_ | T], X, I) -> search(T, X, I + 1).
