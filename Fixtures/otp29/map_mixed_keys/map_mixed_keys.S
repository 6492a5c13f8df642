{module,map_mixed_keys}.
{exports,[{main,0},{module_info,0},{module_info,1}]}.
{attributes,[]}.
{labels,9}.
{function,main,0,2}.
{label,1}.
{line,[{location,"map_mixed_keys.erl",6}]}.
{func_info,{atom,map_mixed_keys},{atom,main},0}.
{label,2}.
{allocate,10,0}.
{init_yregs,{list,[{y,0},{y,1},{y,2},{y,3},{y,4},{y,5},{y,6},{y,7},{y,8},{y,9}]}}.
{move,{literal,#{-1 => neg,1 => int,1180591620717411303424 => big,1.0 => float,2.5 => f2,{t} => tup,#{k => 1} => map_key,[] => nil,"s" => str,<<"b">> => bin}},{x,0}}.
{line,[{location,"map_mixed_keys.erl",7}]}.
{call,1,{f,4}}.
{'%',{var_info,{x,0},[{type,{t_map,{t_union,none,{t_list,{t_integer,{115,115}},nil},{t_number,{-1,1180591620717411303424}},[{{1,{t_atom,[t]}},{t_tuple,1,true,#{1 => {t_atom,[t]}}}}],none,other},{t_atom,any}}}]}}.
{move,{x,0},{y,9}}.
{line,[{location,"map_mixed_keys.erl",9}]}.
{call_ext,1,{extfunc,maps,keys,1}}.
{gc_bif,map_size,{f,0},1,[{tr,{y,9},{t_map,{t_union,none,{t_list,{t_integer,{115,115}},nil},{t_number,{-1,1180591620717411303424}},[{{1,{t_atom,[t]}},{t_tuple,1,true,#{1 => {t_atom,[t]}}}}],none,other},{t_atom,any}}}],{y,8}}.
{bif,map_get,{f,0},[{integer,1},{tr,{y,9},{t_map,{t_union,none,{t_list,{t_integer,{115,115}},nil},{t_number,{-1,1180591620717411303424}},[{{1,{t_atom,[t]}},{t_tuple,1,true,#{1 => {t_atom,[t]}}}}],none,other},{t_atom,any}}}],{y,7}}.
{bif,map_get,{f,0},[{float,1.0},{tr,{y,9},{t_map,{t_union,none,{t_list,{t_integer,{115,115}},nil},{t_number,{-1,1180591620717411303424}},[{{1,{t_atom,[t]}},{t_tuple,1,true,#{1 => {t_atom,[t]}}}}],none,other},{t_atom,any}}}],{y,6}}.
{move,{x,0},{y,5}}.
{move,{y,9},{x,1}}.
{move,{integer,1180591620717411303424},{x,0}}.
{line,[{location,"map_mixed_keys.erl",10}]}.
{call_ext,2,{extfunc,maps,find,2}}.
{bif,map_get,{f,0},[{literal,#{k => 1}},{tr,{y,9},{t_map,{t_union,none,{t_list,{t_integer,{115,115}},nil},{t_number,{-1,1180591620717411303424}},[{{1,{t_atom,[t]}},{t_tuple,1,true,#{1 => {t_atom,[t]}}}}],none,other},{t_atom,any}}}],{y,4}}.
{move,{x,0},{y,3}}.
{move,{y,9},{x,1}}.
{move,{literal,#{k => 1.0}},{x,0}}.
{call_ext,2,{extfunc,maps,find,2}}.
{move,{x,0},{y,2}}.
{move,{literal,#{1 => c,2 => a,0.5 => d,1.5 => b}},{x,0}}.
{line,[{location,"map_mixed_keys.erl",11}]}.
{call,1,{f,4}}.
{'%',{var_info,{x,0},[{type,{t_map,{t_union,none,{t_list,{t_integer,{115,115}},nil},{t_number,{-1,1180591620717411303424}},[{{1,{t_atom,[t]}},{t_tuple,1,true,#{1 => {t_atom,[t]}}}}],none,other},{t_atom,any}}}]}}.
{call_ext,1,{extfunc,maps,keys,1}}.
{move,{x,0},{y,1}}.
{move,{literal,#{1 => c,3 => a,2.0 => b}},{x,0}}.
{line,[{location,"map_mixed_keys.erl",12}]}.
{call,1,{f,4}}.
{'%',{var_info,{x,0},[{type,{t_map,{t_union,none,{t_list,{t_integer,{115,115}},nil},{t_number,{-1,1180591620717411303424}},[{{1,{t_atom,[t]}},{t_tuple,1,true,#{1 => {t_atom,[t]}}}}],none,other},{t_atom,any}}}]}}.
{move,{x,0},{y,0}}.
{move,{literal,#{-1 => b,0 => c,-1.0 => a}},{x,0}}.
{call,1,{f,4}}.
{'%',{var_info,{x,0},[{type,{t_map,{t_union,none,{t_list,{t_integer,{115,115}},nil},{t_number,{-1,1180591620717411303424}},[{{1,{t_atom,[t]}},{t_tuple,1,true,#{1 => {t_atom,[t]}}}}],none,other},{t_atom,any}}}]}}.
{call_ext,1,{extfunc,maps,to_list,1}}.
{test_heap,22,1}.
{put_list,{x,0},nil,{x,0}}.
{put_list,{y,0},{x,0},{x,0}}.
{put_list,{y,1},{x,0},{x,0}}.
{put_list,{y,2},{x,0},{x,0}}.
{put_list,{y,4},{x,0},{x,0}}.
{put_list,{y,3},{x,0},{x,0}}.
{put_list,{y,6},{x,0},{x,0}}.
{put_list,{y,7},{x,0},{x,0}}.
{put_list,{y,8},{x,0},{x,0}}.
{put_list,{y,5},{x,0},{x,0}}.
{put_list,{y,9},{x,0},{x,0}}.
{deallocate,10}.
return.
{function,id,1,4}.
{label,3}.
{line,[{location,"map_mixed_keys.erl",14}]}.
{func_info,{atom,map_mixed_keys},{atom,id},1}.
{label,4}.
{'%',{var_info,{x,0},[{type,{t_map,{t_union,none,{t_list,{t_integer,{115,115}},nil},{t_number,{-1,1180591620717411303424}},[{{1,{t_atom,[t]}},{t_tuple,1,true,#{1 => {t_atom,[t]}}}}],none,other},{t_atom,any}}}]}}.
return.
{function,module_info,0,6}.
{label,5}.
{line,[]}.
{func_info,{atom,map_mixed_keys},{atom,module_info},0}.
{label,6}.
{move,{atom,map_mixed_keys},{x,0}}.
{call_ext_only,1,{extfunc,erlang,get_module_info,1}}.
{function,module_info,1,8}.
{label,7}.
{line,[]}.
{func_info,{atom,map_mixed_keys},{atom,module_info},1}.
{label,8}.
{move,{x,0},{x,1}}.
{move,{atom,map_mixed_keys},{x,0}}.
{call_ext_only,2,{extfunc,erlang,get_module_info,2}}.
