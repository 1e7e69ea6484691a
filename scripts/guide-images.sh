#!/usr/bin/env bash
# Copies the screenshots the browser walks took (artifacts/walk-001, artifacts/walk-000, written by
# DepartmentReviewWalkTests and ProvincialReviewWalkTests during ./test) into the user guide's images, so the guide
# shows the pages as they are. Usage: scripts/guide-images.sh [artifacts folder]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
from="${1:-$root/artifacts}"
department=(
  "02-tap-the:01-tap-the" "03-ban-thuong-vu-dang-uy:02-ban-thuong-vu-dang-uy" "05-mo-dot-moi:03-mo-dot-moi"
  "06-dot-vua-tao:04-cac-buoc" "07-danh-sach-nguon:05-danh-sach-nguon" "10-to-kiem-phieu:06-to-kiem-phieu"
  "12-buoc-2-diem-danh:07-diem-danh" "13-buoc-2-nhap-bien-ban:08-nhap-bien-ban" "14-viec-can-xu-ly:09-viec-can-xu-ly"
  "15-buoc-2-chenh-lech:10-chenh-lech" "17-dai-bieu-niem-phong:11-niem-phong" "20-buoc-4-bang-phieu:12-bang-phieu"
  "21-nguoi-dung-dau-quyet-dinh:13-nguoi-dung-dau" "24-ket-thuc-dot:14-ket-thuc-dot" "25-ho-so-can-bo:15-ho-so"
  "27-phe-duyet:16-phe-duyet" "29-quy-hoach-da-phe-duyet:17-quy-hoach"
)
province=(
  "02-ban-thuong-vu:ban-thuong-vu" "16-buoc-4-bi-thu-quyet-dinh:bi-thu-quyet-dinh" "09-buoc-2-chenh-lech:chenh-lech"
  "04-danh-sach-nguon:danh-sach-nguon" "10-buoc-2-ket-qua-to-kiem-phieu:ket-qua-buoc-2" "18-ket-thuc-dot:lo-trinh"
  "08-buoc-2-nhap-bien-ban-lan-1:nhap-bien-ban" "11-buoc-2-niem-phong-dai-bieu:niem-phong" "20-phe-duyet:phe-duyet"
  "22-quy-hoach:quy-hoach" "03-tao-dot:tao-dot"
)
for pair in "${department[@]}"; do
  cp "$from/walk-001/${pair%%:*}.png" "$root/docs/guide/images/rasoat-bosung/${pair##*:}.png"
done
for pair in "${province[@]}"; do
  cp "$from/walk-000/${pair%%:*}.png" "$root/docs/guide/images/tinh-${pair##*:}.png"
done
echo "Đã chép ${#department[@]} + ${#province[@]} hình vào docs/guide/images."
