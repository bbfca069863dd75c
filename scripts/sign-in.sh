# Sourced by the load scripts: signs in on the sign-in page and keeps the session in a cookie jar.
#   sign_in BASE-URL USER PASSWORD COOKIE-JAR      (exits the script when the sign-in is refused)
sign_in() {
  local base=$1 user=$2 password=$3 jar=$4 token status
  token=$(curl -sf -c "$jar" -b "$jar" "$base/login" | sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' | head -1)
  status=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar" \
    --data-urlencode "username=$user" --data-urlencode "password=$password" --data-urlencode "_csrf=$token" "$base/login")
  case "$status" in
    *error*|200*) echo "sign-in failed ($status)" >&2; exit 1 ;;
  esac
}
