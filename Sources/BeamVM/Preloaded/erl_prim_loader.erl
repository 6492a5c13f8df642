%% beamr's erl_prim_loader: the file access that ERTS's preloaded erl_prim_loader gives the
%% code server and the application controller (code:where_is_file/1, reading .app files).
%% ERTS's module is a server that init starts at boot, reading through the boot loader
%% (local files or a boot server); beamr has no boot, and modules load natively from the
%% code path, so these functions read the local file system directly through prim_file.
%% The answers keep erl_prim_loader's shapes: `error` instead of a reason.
-module(erl_prim_loader).
-export([get_file/1, read_file/1, list_dir/1, read_file_info/1, read_link_info/1,
         get_cwd/0, get_cwd/1, get_path/0, set_path/1, is_basename/1]).

%% A file of the program's archive (an escript's .app files) first, then the file system.
get_file(File) ->
    case read_file(File) of
        {ok, Bin} -> {ok, Bin, File};
        error -> error
    end.

read_file(File) ->
    case beamr_kernel:archive_file(name(File)) of
        {ok, Bin} -> {ok, Bin};
        error ->
            case prim_file:read_file(name(File)) of
                {ok, Bin} -> {ok, Bin};
                _ -> error
            end
    end.

list_dir(Dir) ->
    case prim_file:list_dir(name(Dir)) of
        {ok, Names} -> {ok, Names};
        _ -> error
    end.

read_file_info(File) ->
    case prim_file:read_file_info(name(File)) of
        {ok, Info} -> {ok, Info};
        _ -> error
    end.

read_link_info(File) ->
    case prim_file:read_link_info(name(File)) of
        {ok, Info} -> {ok, Info};
        _ -> error
    end.

get_cwd() ->
    case prim_file:get_cwd() of
        {ok, Cwd} -> {ok, Cwd};
        _ -> error
    end.

get_cwd(Drive) ->
    case prim_file:get_cwd(Drive) of
        {ok, Cwd} -> {ok, Cwd};
        _ -> error
    end.

get_path() -> {ok, code:get_path()}.

set_path(_Path) -> ok.

is_basename(File) ->
    case filename:basename(File) of
        File -> true;
        _ -> false
    end.

name(File) when is_atom(File) -> atom_to_list(File);
name(File) -> File.
